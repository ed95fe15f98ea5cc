from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "bantin.pagecache"
    label = "pagecache"
    verbose_name = "Bộ đệm trang"

    def ready(self):
        from bantin.pagecache import signals  # noqa: F401
