import json

from django.core.management.base import BaseCommand, CommandError

from bantin.multisite.sites import SiteError, resolve_site
from bantin.opendata.export import export_records


class Command(BaseCommand):
    help = "Xuất bài viết thành dữ liệu mở (JSON Lines) ra đầu ra chuẩn."

    def add_arguments(self, parser):
        parser.add_argument("--site", help="tên miền (mặc định: trang chính)")
        parser.add_argument("--include-drafts", action="store_true", help="kèm cả bản nháp")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")

    def handle(self, *args, site=None, include_drafts=False, **options):
        try:
            target = resolve_site(site)
        except SiteError as error:
            raise CommandError(str(error)) from error
        for record in export_records(target, include_drafts):
            self.stdout.write(json.dumps(record, ensure_ascii=False))
