from django.apps import AppConfig


class LegacyConfig(AppConfig):
    name = "bantin.legacy"
    verbose_name = "Nhập bài từ cổng cũ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.legacy import signals  # noqa: F401
