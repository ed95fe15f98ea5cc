from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from bantin.multisite.sites import SiteError, create_site
from bantin.standardpages import ensure_standard_pages


class Command(BaseCommand):
    help = "Quản lý các trang (cổng tỉnh, trang phường/xã): site add | site list"

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="tạo một trang mới")
        add.add_argument("--hostname", required=True, help="tên miền, ví dụ phuong1.tinh.gov.vn")
        add.add_argument("--name", required=True, help="tên trang, ví dụ Phường Bến Thành")
        add.add_argument("--port", type=int, default=80)
        add.add_argument("--default", action="store_true", help="trang mặc định khi tên miền lạ")
        actions.add_parser("list", help="liệt kê các trang")

    def handle(self, *args, action, **options):
        if action == "list":
            for site in Site.objects.order_by("hostname"):
                marker = " (mặc định)" if site.is_default_site else ""
                self.stdout.write(f"{site.hostname}:{site.port}\t{site.site_name}{marker}")
            return
        try:
            site = create_site(
                options["hostname"], options["name"], options["port"], options["default"]
            )
            ensure_standard_pages(site)
        except SiteError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Đã tạo trang {site.site_name} tại {site.hostname}:{site.port} với các trang "
            "Giới thiệu, Văn bản, Lịch công tác, Hỏi đáp, Lấy ý kiến dự thảo, English, Sơ đồ trang "
            "(hãy viết nội dung riêng của cơ quan vào trang Giới thiệu và English)"
        )
