"""Settings → Từ viết tắt: a site's own abbreviations for its search, for those given the
model's permissions (superusers, or a group in Settings → Groups), and only for the sites whose
home page they may edit: a ward's editors see and change their ward's entries, never the
province's or another ward's. bantin's own table (vietnamese/abbreviations) holds for every
site and is not edited here."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from bantin.search.models import SiteAbbreviation


def editable_site_ids(user):
    """The sites whose home page this user may edit."""
    sites = Site.objects.select_related("root_page")
    return [site.pk for site in sites if site.root_page.permissions_for_user(user).can_edit()]


class OwnSitesFormMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields["site"].queryset = Site.objects.filter(
            pk__in=editable_site_ids(self.request.user)
        )
        return form


class OwnSiteObjectMixin:
    def get_object(self, *args, **kwargs):
        entry = super().get_object(*args, **kwargs)
        if entry.site_id not in editable_site_ids(self.request.user):
            raise PermissionDenied
        return entry


class AbbreviationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(site_id__in=editable_site_ids(self.request.user))


class AbbreviationCreateView(OwnSitesFormMixin, CreateView):
    pass


class AbbreviationEditView(OwnSitesFormMixin, OwnSiteObjectMixin, EditView):
    pass


class AbbreviationDeleteView(OwnSiteObjectMixin, DeleteView):
    pass


class SiteAbbreviationViewSet(ModelViewSet):
    model = SiteAbbreviation
    index_view_class = AbbreviationIndexView
    add_view_class = AbbreviationCreateView
    edit_view_class = AbbreviationEditView
    delete_view_class = AbbreviationDeleteView
    icon = "search"
    menu_label = "Từ viết tắt"
    add_to_settings_menu = True
    name = "tu-viet-tat"
    panels = [FieldPanel("site"), FieldPanel("short"), FieldPanel("full")]
    list_display = [
        Column("short", label="Dạng viết tắt"),
        Column("full", label="Dạng đầy đủ"),
        Column("site", label="Cổng thông tin"),
    ]
    list_filter = ["site"]
    search_fields = ["short", "full"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_site_abbreviations():
    return SiteAbbreviationViewSet()
