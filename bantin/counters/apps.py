from django.apps import AppConfig


class CountersConfig(AppConfig):
    name = "bantin.counters"
    verbose_name = "Lượt xem và truy cập"
    default_auto_field = "django.db.models.BigAutoField"
