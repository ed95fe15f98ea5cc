"""Settings → Thông báo tạm ngừng: planned stops of a site, for those given the model's
permissions (superusers, or a group in Settings → Groups), and only for the sites whose home
page they may publish: a ward's admin never announces a stop of the province's portal."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column

from bantin.downtime.models import PlannedDowntime
from bantin.multisite.site_scoped import SiteScopedViewSet


def _moment(value):
    return f"{timezone.localtime(value):%H:%M %d/%m/%Y}"


class DowntimeViewSet(SiteScopedViewSet):
    model = PlannedDowntime
    site_may = "publish"
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


@hooks.register("register_admin_viewset")
def register_downtime():
    return DowntimeViewSet()
