from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "bantin.people"
    verbose_name = "Lãnh đạo nêu trong tin bài"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bantin.opendata.export import register_article_field
        from bantin.people import signals  # noqa: F401
        from bantin.people.export import article_people

        register_article_field("people", article_people, [])
