from django.apps import AppConfig


class WardsConfig(AppConfig):
    name = "bantin.wards"
    label = "wards"
    verbose_name = "Cổng tỉnh và các trang phường, xã"
