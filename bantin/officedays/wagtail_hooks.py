"""Settings → Ngày nghỉ, ngày làm bù: the install's own days off and working days, for those
given the model's permissions (superusers, or a group in Settings → Groups)."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from bantin.officedays.models import DayChange


class DayChangeViewSet(ModelViewSet):
    model = DayChange
    icon = "date"
    menu_label = "Ngày nghỉ, ngày làm bù"
    add_to_settings_menu = True
    name = "ngay-nghi-lam-bu"
    panels = [FieldPanel("day"), FieldPanel("kind"), FieldPanel("note")]
    list_display = [
        Column("day", label="Ngày", accessor=lambda row: f"{row.day:%d/%m/%Y}", sort_key="day"),
        Column("kind", label="Loại", accessor="get_kind_display"),
        Column("note", label="Căn cứ"),
    ]
    list_filter = ["kind"]
    ordering = ["-day"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_day_changes():
    return DayChangeViewSet()
