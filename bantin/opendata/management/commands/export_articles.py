import json

from django.core.management.base import BaseCommand, CommandError

from bantin.multisite.sites import SiteError, resolve_site
from bantin.opendata.export import EXPORTS, site_records


class Command(BaseCommand):
    help = (
        "Xuất nội dung của trang (bài viết, văn bản, dự thảo, lịch công tác, hỏi đáp đã công "
        "khai) thành dữ liệu mở "
        "(JSON Lines) ra đầu ra chuẩn; mỗi dòng có trường kind cho biết loại nội dung."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="tên miền (mặc định: trang chính)")
        parser.add_argument("--include-drafts", action="store_true", help="kèm cả bản nháp")
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")
        parser.add_argument(
            "--kind",
            action="append",
            choices=list(EXPORTS),
            help="chỉ xuất loại nội dung này (dùng nhiều lần được; mặc định: tất cả)",
        )

    def handle(self, *args, site=None, include_drafts=False, kind=None, **options):
        try:
            target = resolve_site(site)
        except SiteError as error:
            raise CommandError(str(error)) from error
        for record in site_records(target, include_drafts, kinds=kind):
            self.stdout.write(json.dumps(record, ensure_ascii=False))
