"""Serving a page in as few queries as the page needs."""

from django.db.models import Q
from django.http import Http404
from wagtail.models import PageViewRestriction
from wagtail.url_routing import RouteResult


class RestrictionsByPathMixin:
    """View restrictions of the page and its ancestors in one query: ancestors' tree paths are
    prefixes of the page's own, so they need no query of their own. An alias ancestor takes
    the restrictions of the page it mirrors, as in Wagtail."""

    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()


class DirectRouteMixin:
    """Finds a section or an article by its URL path in one query, instead of walking the
    tree a level (and two queries) at a time. The home's own routes (archive, feeds) come
    first, as RoutablePageMixin has them."""

    def route(self, request, path_components):
        if self.live and path_components:
            try:
                view, args, kwargs = self.resolve_subpage("/" + "/".join(path_components) + "/")
                return RouteResult(self, args=(view, args, kwargs))
            except Http404:
                pass
            page = self.descendant_for(path_components)
            if page is not None:
                return page.route(request, path_components[page.depth - self.depth :])
        return super().route(request, path_components)

    def descendant_for(self, path_components):
        from bantin.news.models import ArticlePage, SectionPage

        for depth, model in ((2, ArticlePage), (1, SectionPage)):
            if len(path_components) >= depth:
                url_path = self.url_path + "".join(f"{c}/" for c in path_components[:depth])
                page = model.objects.filter(url_path=url_path, depth=self.depth + depth).first()
                if page is not None:
                    return page
        return None
