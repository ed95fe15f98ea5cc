from django.apps import AppConfig


class OfficeDaysConfig(AppConfig):
    name = "bantin.officedays"
    label = "officedays"
    verbose_name = "Ngày làm việc"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.officedays import signals  # noqa: F401
