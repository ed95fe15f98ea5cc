from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running an install: `init`, `serve` and the scheduler child it starts. It sits on top
    of the content apps (news, legacy, multisite, counters) and none of them imports it."""

    name = "bantin.operations"
    verbose_name = "Vận hành"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from bantin.operations.files import owner_only_database

        connection_created.connect(owner_only_database)
