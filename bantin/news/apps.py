from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "bantin.news"
    verbose_name = "Tin tức"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.news import signals  # noqa: F401
