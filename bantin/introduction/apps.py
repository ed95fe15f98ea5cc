from django.apps import AppConfig


class IntroductionConfig(AppConfig):
    name = "bantin.introduction"
    label = "introduction"
    verbose_name = "Giới thiệu"

    def ready(self):
        from bantin.introduction import signals  # noqa: F401
        from bantin.introduction.records import leader_records, unit_records
        from bantin.opendata.export import register

        register("organisation_unit", unit_records)
        register("leader", leader_records)
