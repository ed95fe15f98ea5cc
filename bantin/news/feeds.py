"""RSS 2.0 and Atom feeds for a site or a section."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_SIZE = 30
GENERATORS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def feed_response(request, page, articles, kind):
    site = page.get_site()
    feed = GENERATORS[kind](
        title=page.title if page.depth <= 2 else f"{page.title} - {site.site_name}",
        link=page.get_full_url(request),
        description=getattr(page, "intro", "") or f"Tin mới nhất: {page.title}",
        language="vi",
        feed_url=request.build_absolute_uri(),
    )
    for article in articles[:FEED_SIZE]:
        url = article.get_full_url(request)
        feed.add_item(
            title=article.title,
            link=url,
            description=article.lead,
            pubdate=article.published_at,
            unique_id=url,
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
