"""Which sites a user works on: those whose home page they may edit, or publish. The admin's
per-site screens (reports, people, abbreviations, planned stops, imported pages to review) all
ask here, and site_scoped.py limits Wagtail's model screens to them."""

from django.core.exceptions import PermissionDenied
from wagtail.models import Site


def sites_of(user, may="edit"):
    """The sites whose home page `user` may edit (may="edit") or publish (may="publish"),
    by name."""
    if not user.is_active:
        return []
    sites = Site.objects.select_related("root_page").order_by("site_name")
    return [site for site in sites if allowed(site.root_page, user, may)]


def allowed(page, user, may):
    permissions = page.permissions_for_user(user)
    return permissions.can_publish() if may == "publish" else permissions.can_edit()


def chosen_site(request, may="edit"):
    """(the user's sites, the one the request names by ?site= or a posted site, else the
    first) for a per-site admin screen; refused when the user works on no site."""
    sites = sites_of(request.user, may)
    if not sites:
        raise PermissionDenied
    chosen = request.GET.get("site") or request.POST.get("site") or ""
    return sites, next((site for site in sites if str(site.pk) == chosen), sites[0])
