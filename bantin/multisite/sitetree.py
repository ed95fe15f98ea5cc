"""The site's tree for the HTML sitemap page: one query, nested in Python."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

LEVELS = 3


@dataclass
class Branch:
    title: str
    url: str
    children: list = field(default_factory=list)


def site_tree(home, request=None):
    """The home page's public live pages, and below them those holding pages of their own,
    down to LEVELS levels, each as a Branch in the page tree's order."""
    pages = (
        Page.objects.live()
        .public()
        .descendant_of(home)
        .filter(depth__lte=home.depth + LEVELS)
        .filter(Q(depth=home.depth + 1) | Q(numchild__gt=0))
        .order_by("path")
        .only("title", "url_path", "path", "depth", "numchild")
    )
    root = Branch(home.title, home.get_url(request))
    branches = {home.path: root}
    for page in pages:
        parent = branches.get(page.path[: -page.steplen])
        if parent is None:
            continue
        branch = Branch(page.title, page.get_url(request))
        parent.children.append(branch)
        branches[page.path] = branch
    return root


def ensure_sitemap(site, title="Sơ đồ trang"):
    """The site's HTML sitemap page (linked from every page's header and footer, not the menu)."""
    from bantin.multisite.models import SitemapPage

    page = SitemapPage.objects.child_of(site.root_page).first()
    if page is None:
        page = SitemapPage(title=title, slug="so-do-trang", show_in_menus=False)
        site.root_page.add_child(instance=page)
        page.save_revision().publish()
    return page
