import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings")
django_application = get_wsgi_application()

from bantin.pagecache.wsgi import with_page_cache  # noqa: E402
from bantin.warmstart import settle  # noqa: E402

application = with_page_cache(django_application)
settle()
