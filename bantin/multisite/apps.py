from django.apps import AppConfig


class MultisiteConfig(AppConfig):
    name = "bantin.multisite"
    verbose_name = "Các trang thành phần"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.multisite import signals  # noqa: F401
