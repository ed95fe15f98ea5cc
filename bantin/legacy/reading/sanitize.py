"""What HTML from an old portal may bring into rich text, and nothing more.

The body walker (htmlbody.py) already writes only escaped text and a few tags; every rich
text value still passes through nh3 (the ammonia sanitizer) as a last gate, so no script,
event handler, javascript: URL, style attribute or unknown tag can reach a reader.
"""

from urllib.parse import urljoin, urlsplit

import nh3

RICH_TEXT_TAGS = {"p", "b", "i", "a", "br", "ul", "ol", "li", "h2", "h3"}
LINK_SCHEMES = {"http", "https", "mailto"}
IFRAME_HOSTS = {
    "www.youtube.com",
    "youtube.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
    "www.facebook.com",
}

CLEANER = nh3.Cleaner(
    tags=RICH_TEXT_TAGS,
    attributes={"a": {"href"}},
    url_schemes=LINK_SCHEMES,
    url_relative="deny",
    link_rel=None,
    clean_content_tags={"script", "style"},
    strip_comments=True,
)


def clean_rich_text(html):
    return CLEANER.clean(html)


def safe_link(href, base_url=None):
    """An absolute http(s) or mailto link, or None.

    A relative link pointed into the old portal; it is made absolute when the page says
    where it lived (its canonical URL), and dropped otherwise.
    """
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    parts = urlsplit(href)
    if not parts.scheme and base_url:
        href = urljoin(base_url, href)
        parts = urlsplit(href)
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return href


def allowed_iframe(src):
    """The address of an embedded video from an allowed host, or None."""
    src = (src or "").strip()
    if src.startswith("//"):
        src = "https:" + src
    parts = urlsplit(src)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return src if (parts.hostname or "").lower() in IFRAME_HOSTS else None
