from django.apps import AppConfig


class AttachmentsConfig(AppConfig):
    name = "bantin.attachments"
    label = "attachments"
    verbose_name = "Tệp đính kèm"
