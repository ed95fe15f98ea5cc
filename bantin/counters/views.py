"""The counting beacon: pages (cached or not) ask it to count, so no cache hides a reader.

Each reader is known only by a hash of address and browser with a salt that changes every
day; nothing else about them is kept. A reader counts once per article and once per site
visit in 30 minutes; bots, prefetches, previews and logged-in editors are not counted. At most
50 readers are counted per network address and article in those 30 minutes (an office behind
one address has dozens, not hundreds; a machine changing its browser string is one place).
"""

import base64
import hashlib
import re
import time
from urllib.parse import parse_qs

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
# The beacon's one address: urls.py, the WSGI front door (fastbeacon), the page cache's
# exclusions and the templates ({% beacon_path %}) all read it here; deploy/nginx/bantin.conf
# and bench (http_tiers.py, http_common.py, faults.py) spell it for the tier in front.
BEACON_PATH = "/_dem/"
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def is_countable(meta):
    """A real reader (from the WSGI environ): not a bot, a prefetch or a logged-in editor."""
    agent = meta.get("HTTP_USER_AGENT", "")
    if not agent or BOT_PATTERN.search(agent):
        return False
    if any("prefetch" in meta.get(header, "").lower() for header in PREFETCH_HEADERS):
        return False
    return f"{settings.SESSION_COOKIE_NAME}=" not in meta.get("HTTP_COOKIE", "")


def client_address(meta):
    """Behind our own proxy, the address it added last: earlier entries come from the
    client and could be forged to inflate counts."""
    if settings.TRUST_PROXY:
        forwarded = meta.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return meta.get("REMOTE_ADDR", "")


_salts = {}
SALT_MEMORY_SECONDS = 600


def day_salt(day):
    """The day's salt, asked of the shared journal once every ten minutes per process."""
    remembered = _salts.get(day)
    if remembered and remembered[1] > time.monotonic():
        return remembered[0]
    salt = journal().salt(day)
    _salts.clear()
    _salts[day] = (salt, time.monotonic() + SALT_MEMORY_SECONDS)
    return salt


def reader_id(meta, day):
    """A daily-salted hash: the same reader on the same day, and no way back to them."""
    salt = day_salt(day)
    text = f"{salt}|{client_address(meta)}|{meta.get('HTTP_USER_AGENT', '')}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def place_id(meta, day):
    """The address alone, hashed with the day's salt: where readers are, for the cap on
    readers per address and article (journal.READERS_PER_PLACE)."""
    text = f"{day_salt(day)}|{client_address(meta)}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def page_from_query(query):
    """The article id of "p=123", None for a visit-only beacon, False for nonsense."""
    value = parse_qs(query).get("p", [""])[0]
    if value == "":
        return None
    return int(value) if value.isdigit() and len(value) < 12 else False


def count(meta, site_id, page_id):
    day = timezone.localdate().isoformat()
    journal().count_reader(site_id, reader_id(meta, day), page_id, day, place_id(meta, day))


def count_if_countable(meta, site_id):
    page_id = page_from_query(meta.get("QUERY_STRING", ""))
    if site_id is not None and page_id is not False and is_countable(meta):
        count(meta, site_id, page_id)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def beacon(request):
    site = Site.find_for_request(request)
    count_if_countable(request.META, site.pk if site else None)
    if request.method == "GET":
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
