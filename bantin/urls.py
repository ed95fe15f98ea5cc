from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from bantin.consultation.api import drafts_api
from bantin.counters.views import BEACON_PATH, beacon
from bantin.downtime.api import downtime_api
from bantin.enquiries.api import enquiries_api
from bantin.introduction.api import introduction_api
from bantin.legaldocs.api import documents_api
from bantin.multisite.hosts import finds_site
from bantin.operations.media import serve_public_media
from bantin.operations.views import health_check
from bantin.pagecache.fastpath import serve as serve_page
from bantin.people.api import article_people_api, leaders_api, person_api
from bantin.ratings.views import rate
from bantin.search.views import search_api, search_page
from bantin.workcalendar.api import calendar_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("tim-kiem/", search_page, name="search"),
    path("api/search", search_api, name="search_api"),
    path("api/van-ban", documents_api, name="documents_api"),
    path("api/du-thao", drafts_api, name="drafts_api"),
    path("api/lich-cong-tac", calendar_api, name="calendar_api"),
    path("api/hoi-dap", enquiries_api, name="enquiries_api"),
    path("api/lanh-dao", leaders_api, name="leaders_api"),
    path("api/lanh-dao/bai-viet/<int:page_id>", article_people_api, name="article_people_api"),
    path("api/lanh-dao/<slug:slug>", person_api, name="person_api"),
    path("api/gioi-thieu", introduction_api, name="introduction_api"),
    path("api/tam-ngung", downtime_api, name="downtime_api"),
    path(BEACON_PATH.lstrip("/"), beacon, name="beacon"),
    path("_danh-gia/", rate, name="rate_page"),
    path("_suc-khoe/", health_check, name="health"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            finds_site(serve_public_media),  # a file needs no site
        )
    )

urlpatterns += [
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
