from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "bantin.people"
    verbose_name = "Lãnh đạo nêu trong tin bài"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.people import signals  # noqa: F401
