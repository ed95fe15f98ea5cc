"""The counting beacon: pages (cached or not) ask it to count, so no cache hides a reader.

Each reader is known only by a hash of address and browser with a salt that changes every
day; nothing else about them is kept. A reader counts once per article and once per site
visit in 30 minutes; bots, prefetches, previews and logged-in editors are not counted.
"""

import base64
import hashlib
import re

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from bantin.counters.journal import journal

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget|python-requests|"
    r"httpclient|headless|lighthouse|scan|fetch|http_request|java/|go-http|okhttp|axios",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ", "HTTP_X_PURPOSE")
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def is_countable(request):
    """A real reader: not a bot, a prefetch or a logged-in editor."""
    if BOT_PATTERN.search(request.headers.get("User-Agent", "")) or not request.headers.get(
        "User-Agent"
    ):
        return False
    if any("prefetch" in request.META.get(header, "").lower() for header in PREFETCH_HEADERS):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def client_address(request):
    if settings.TRUST_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def reader_id(request, day):
    """A daily-salted hash: the same reader on the same day, and no way back to them."""
    salt = journal().salt(day)
    text = f"{salt}|{client_address(request)}|{request.headers.get('User-Agent', '')}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def count(request, site_id, page_id):
    day = timezone.localdate().isoformat()
    reader = reader_id(request, day)
    store = journal()
    store.touch_online(site_id, reader)
    if store.first_seen(f"v:{site_id}:{reader}"):
        store.add("visit", site_id, day)
    if page_id and store.first_seen(f"a:{page_id}:{reader}"):
        store.add("view", page_id, day)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def beacon(request):
    page = request.GET.get("p", "")
    site = Site.find_for_request(request)
    if site is not None and is_countable(request) and (page == "" or page.isdigit()):
        count(request, site.pk, int(page) if page else None)
    if request.method == "GET":
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
