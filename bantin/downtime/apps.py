from django.apps import AppConfig


class DowntimeConfig(AppConfig):
    name = "bantin.downtime"
    label = "downtime"
    verbose_name = "Thông báo tạm ngừng"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.downtime import signals  # noqa: F401
        from bantin.downtime.records import downtime_records
        from bantin.opendata.export import register

        register("planned_downtime", downtime_records)
