"""Serving a page in as few queries as the page needs."""

from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import Http404
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult


def restriction_ids_sql(path_sql):
    """The ids of the view restrictions that apply to the page whose tree path is `path_sql`
    (a column, or %s twice over): those of the page and its ancestors, whose tree paths are
    prefixes of its own, and, for an alias ancestor, those of the page it mirrors, as in
    Wagtail. One definition for the models (get_view_restrictions) and the fast path
    (bantin.pagecache.fastpath); the table is small."""
    restrictions = connection.ops.quote_name(PageViewRestriction._meta.db_table)
    pages = connection.ops.quote_name(Page._meta.db_table)
    return (
        f"SELECT r.id FROM {restrictions} r JOIN {pages} rp ON rp.id = r.page_id "  # noqa: S608
        f"WHERE {path_sql} LIKE rp.path || '%%' "
        f"UNION ALL SELECT r.id FROM {restrictions} r JOIN {pages} al "
        f"ON al.alias_of_id = r.page_id WHERE {path_sql} LIKE al.path || '%%'"
    )


def address_below(home, path_components):
    """(url_path, depth) of the page whose slugs below `home` (anything with url_path and
    depth) are `path_components`: a section is one level below the home page, an article two.
    One definition for this routing (DirectRouteMixin) and the fast path's
    (bantin.pagecache.statements.find_article)."""
    url_path = home.url_path + "".join(f"{component}/" for component in path_components)
    return url_path, home.depth + len(path_components)


class RestrictionsByPathMixin:
    """View restrictions of the page and its ancestors in one query (restriction_ids_sql)
    instead of one per ancestor."""

    def get_view_restrictions(self):
        ids = RawSQL(restriction_ids_sql("%s"), [self.path, self.path])  # noqa: S611 fixed text
        return PageViewRestriction.objects.filter(pk__in=ids)


class DirectRouteMixin:
    """Finds a section or an article by its URL path in one query, instead of walking the
    tree a level (and two queries) at a time. The home's own routes (archive, feeds) come
    first, as RoutablePageMixin has them."""

    @classmethod
    def is_own_route(cls, path):
        """Whether `path` ("a/b/", below the home page) is one of the home page's own routes
        (archive, feeds). One rule for this routing and the fast path's
        (bantin.pagecache.fastpath), which serves an article only where this says no."""
        try:
            cls.get_resolver().resolve("/" + path)
        except Http404:
            return False
        return True

    def route(self, request, path_components):
        if self.live and path_components:
            path = "".join(f"{component}/" for component in path_components)
            if self.is_own_route(path):
                view, args, kwargs = self.resolve_subpage("/" + path)
                return RouteResult(self, args=(view, args, kwargs))
            page = self.descendant_for(path_components)
            if page is not None:
                return page.route(request, path_components[page.depth - self.depth :])
        return super().route(request, path_components)

    def descendant_for(self, path_components):
        from bantin.news.models import ArticlePage, SectionPage

        for depth, model in ((2, ArticlePage), (1, SectionPage)):
            if len(path_components) >= depth:
                url_path, page_depth = address_below(self, path_components[:depth])
                page = model.objects.filter(url_path=url_path, depth=page_depth).first()
                if page is not None:
                    return page
        return None
