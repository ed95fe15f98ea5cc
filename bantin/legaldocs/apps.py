from django.apps import AppConfig


class LegalDocsConfig(AppConfig):
    name = "bantin.legaldocs"
    label = "legaldocs"
    verbose_name = "Văn bản"

    def ready(self):
        from bantin.legaldocs import signals  # noqa: F401
        from bantin.legaldocs.records import document_records
        from bantin.opendata.export import register

        register("legal_document", document_records)
