from django.apps import AppConfig


class ProofreadingConfig(AppConfig):
    name = "bantin.proofreading"
    verbose_name = "Soát lỗi chính tả"
    default_auto_field = "django.db.models.BigAutoField"
