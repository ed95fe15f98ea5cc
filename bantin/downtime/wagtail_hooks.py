"""Settings → Thông báo tạm ngừng: planned stops of a site, for those given the model's
permissions (superusers, or a group in Settings → Groups)."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from bantin.downtime.models import PlannedDowntime


def _moment(value):
    return f"{timezone.localtime(value):%H:%M %d/%m/%Y}"


class DowntimeViewSet(ModelViewSet):
    model = PlannedDowntime
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
    list_filter = ["site"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_downtime():
    return DowntimeViewSet()
