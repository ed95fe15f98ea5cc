from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bantin.legacy.load import import_file
from bantin.legacy.record import LegacyPageError
from bantin.multisite.sites import SiteError, resolve_site

PAGE_SUFFIXES = {".txt"}


def page_files(paths):
    """Files to import, in a stable order; folders are read recursively."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield path


class Command(BaseCommand):
    help = "Nhập bài viết từ các trang đã lưu của cổng cũ (tệp .txt hoặc thư mục)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="tệp hoặc thư mục")
        parser.add_argument("--site", help="tên miền của trang nhận bài (mặc định: trang chính)")

    def handle(self, *args, paths, site=None, **options):
        try:
            target = resolve_site(site)
        except SiteError as error:
            raise CommandError(str(error)) from error
        counts = {"created": 0, "updated": 0, "flagged": 0, "failed": 0}
        for path in page_files(paths):
            try:
                result = import_file(path, target)
            except (LegacyPageError, OSError) as error:
                counts["failed"] += 1
                self.stderr.write(f"BỎ QUA {error}")
                continue
            counts[result.action] += 1
            if result.review_reasons:
                counts["flagged"] += 1
                self.stdout.write(f"CẦN DUYỆT {path}: {'; '.join(result.review_reasons)}")
            for warning in result.warnings:
                self.stdout.write(f"LƯU Ý {path}: {warning}")
        self.stdout.write(
            "Đã nhập: {created} mới, {updated} cập nhật, {flagged} cần duyệt, {failed} lỗi".format(
                **counts
            )
        )
        if counts["failed"] and not (counts["created"] or counts["updated"]):
            raise CommandError("không nhập được trang nào")
