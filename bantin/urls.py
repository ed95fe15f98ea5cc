from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from bantin.consultation.api import drafts_api
from bantin.counters.views import beacon
from bantin.enquiries.api import enquiries_api
from bantin.legaldocs.api import documents_api
from bantin.news.reading import serve as serve_page
from bantin.people.api import article_people_api, leaders_api, person_api
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
    path("_dem/", beacon, name="beacon"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{media_prefix}(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT}
        )
    )

urlpatterns += [
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
