from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "bantin.search"
    label = "search"
    verbose_name = "Tìm kiếm"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from bantin.search import signals  # noqa: F401
        from bantin.search.backends import plan_without_jit

        connection_created.connect(plan_without_jit)
