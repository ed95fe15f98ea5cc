from django.apps import AppConfig


class OpendataConfig(AppConfig):
    name = "bantin.opendata"
    verbose_name = "Dữ liệu mở"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.opendata.export import export_records, register

        register("article", export_records)
