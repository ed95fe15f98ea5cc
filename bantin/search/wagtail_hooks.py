"""Settings → Từ viết tắt: a site's own abbreviations for its search, for those given the
model's permissions (superusers, or a group in Settings → Groups), and only for the sites whose
home page they may edit: a ward's editors see and change their ward's entries, never the
province's or another ward's. bantin's own table (vietnamese/abbreviations) holds for every
site and is not edited here."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column

from bantin.multisite.site_scoped import SiteScopedViewSet
from bantin.search.models import SiteAbbreviation


class SiteAbbreviationViewSet(SiteScopedViewSet):
    model = SiteAbbreviation
    site_may = "edit"
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


@hooks.register("register_admin_viewset")
def register_site_abbreviations():
    return SiteAbbreviationViewSet()
