"""Which cached pages an article appears on, so that publishing purges exactly those."""

from bantin.pagecache.frontend import purge_site_paths, purge_whole_site
from bantin.vietnamese import TIMEZONE

SITE_WIDE = ("/", "/rss/", "/atom/", "/sitemap.xml", "/tim-kiem/")
"""Pages that change with any article; "/tim-kiem/" stands for every search kept."""


def archive_paths(moment):
    if moment is None:
        return []
    day = moment.astimezone(TIMEZONE)
    return [
        f"/luu-tru/{day.year}/",
        f"/luu-tru/{day.year}/{day.month}/",
        f"/luu-tru/{day.year}/{day.month}/{day.day}/",
    ]


def site_path(page):
    """(site id, path within the site) of a page, or (None, None) when it is on no site."""
    parts = page.get_url_parts()
    if parts is None:
        return None, None
    return parts[0], parts[2]


def article_paths(article, earlier_dates=()):
    """The article, its print view, its section and feeds, home and feeds, the sitemap, the
    archive days it is (or was) listed on, and its neighbours' "Tin mới hơn/Tin đã đưa"."""
    site_id, path = site_path(article)
    if site_id is None:
        return None, set()
    section = article.get_parent()
    _, section_path = site_path(section)
    paths = {path, f"{path}ban-in/", *SITE_WIDE}
    if section_path:
        paths |= {section_path, f"{section_path}rss/", f"{section_path}atom/"}
    for moment in (article.published_at, *earlier_dates):
        paths.update(archive_paths(moment))
    newer, older = article.related_articles()
    for neighbour in (*newer, *older):
        paths.add(site_path(neighbour)[1])
    paths.discard(None)
    return site_id, paths


def purge_article(article, earlier_dates=()):
    site_id, paths = article_paths(article, earlier_dates)
    if site_id is not None:
        purge_site_paths(site_id, paths)
        purge_sites_showing(site_id)
    return paths


def purge_sites_showing(site_id):
    """A ward's article is also on the home (its news block) and in the searches of the
    sites that chose that ward (a province, Settings → Thông tin cổng)."""
    for other, paths in sites_showing(site_id).items():
        purge_site_paths(other, paths)


def sites_showing(site_id):
    """{site id: its paths that show this site's articles}."""
    from bantin.multisite.models import PortalSettings

    showing = {}
    for field, path in (("ward_news_sites", "/"), ("ward_search_sites", "/tim-kiem/")):
        chosen = PortalSettings.objects.filter(**{field: site_id}).exclude(site_id=site_id)
        for other in chosen.values_list("site_id", flat=True):
            showing.setdefault(other, set()).add(path)
    return showing


def purge_site_of(page):
    site_id, _ = site_path(page)
    if site_id is not None:
        purge_whole_site(site_id)
