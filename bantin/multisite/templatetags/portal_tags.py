from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's other live children marked "Hiện trong menu" (Wagtail's
    show_in_menus): documents, work calendar, drafts for comment and whatever a site adds
    beside its sections, in the page tree's order. Sections have their own list."""
    from bantin.news.models import SectionPage

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    cache = request.__dict__.setdefault("_bantin_menu_pages", {})
    if site.pk not in cache:
        cache[site.pk] = list(
            Page.objects.live()
            .filter(
                show_in_menus=True,
                depth=site.root_page.depth + 1,
                path__startswith=site.root_page.path,
            )
            .not_type(SectionPage)
            .only("title", "url_path", "path", "depth")
        )
    return cache[site.pk]


@register.simple_tag(takes_context=True)
def site_links(context):
    """The HTML sitemap's and the English page's addresses on the current site."""
    from bantin.multisite.links import site_links as links_of

    return links_of(context.get("portal_site"))
