from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    name = "bantin.consultation"
    label = "consultation"
    verbose_name = "Lấy ý kiến dự thảo"

    def ready(self):
        from bantin.consultation import signals  # noqa: F401
        from bantin.consultation.records import draft_records
        from bantin.opendata.export import register

        register("draft_consultation", draft_records)
