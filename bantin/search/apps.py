from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "bantin.search"
    label = "search"
    verbose_name = "Tìm kiếm"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.search import signals  # noqa: F401
