"""Settings → Từ viết tắt: a site's own abbreviations for its search, for those given the
model's permissions (superusers, or a group in Settings → Groups)."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from bantin.search.models import SiteAbbreviation


class SiteAbbreviationViewSet(ModelViewSet):
    model = SiteAbbreviation
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
