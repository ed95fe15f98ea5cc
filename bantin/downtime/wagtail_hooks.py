"""Settings → Thông báo tạm ngừng: planned stops of a site, for those given the model's
permissions (superusers, or a group in Settings → Groups), and only for the sites whose home
page they may publish: a ward's admin never announces a stop of the province's portal."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from bantin.downtime.models import PlannedDowntime


def publishable_site_ids(user):
    sites = Site.objects.select_related("root_page")
    return [site.pk for site in sites if site.root_page.permissions_for_user(user).can_publish()]


class SitesOfUserMixin:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields["site"].queryset = Site.objects.filter(
            pk__in=publishable_site_ids(self.request.user)
        )
        return form


class OwnSiteObjectMixin:
    def get_object(self, *args, **kwargs):
        notice = super().get_object(*args, **kwargs)
        if notice.site_id not in publishable_site_ids(self.request.user):
            raise PermissionDenied
        return notice


class DowntimeIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super().get_base_queryset().filter(site_id__in=publishable_site_ids(self.request.user))
        )


class DowntimeCreateView(SitesOfUserMixin, CreateView):
    pass


class DowntimeEditView(SitesOfUserMixin, OwnSiteObjectMixin, EditView):
    pass


class DowntimeDeleteView(OwnSiteObjectMixin, DeleteView):
    pass


def _moment(value):
    return f"{timezone.localtime(value):%H:%M %d/%m/%Y}"


class DowntimeViewSet(ModelViewSet):
    model = PlannedDowntime
    index_view_class = DowntimeIndexView
    add_view_class = DowntimeCreateView
    edit_view_class = DowntimeEditView
    delete_view_class = DowntimeDeleteView
    icon = "warning"
    menu_label = "Thông báo tạm ngừng"
    add_to_settings_menu = True
    name = "tam-ngung"
    panels = [
        FieldPanel("site"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
        FieldPanel("reason"),
    ]
    list_display = [
        Column("site", label="Trang"),
        Column("starts_at", label="Bắt đầu", accessor=lambda row: _moment(row.starts_at)),
        Column("ends_at", label="Hoạt động lại", accessor=lambda row: _moment(row.ends_at)),
        Column(
            "announced_on",
            label="Thông báo ngày",
            accessor=lambda row: f"{row.announced_on:%d/%m/%Y}",
        ),
    ]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_downtime():
    return DowntimeViewSet()
