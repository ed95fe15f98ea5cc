"""`bantin import`: pages of an old portal (HTML, text, folders, .zip) into a site."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bantin.legacy.reading import ReadOptions
from bantin.legacy.reading.address import NO_ADDRESSES, Addresses, AddressListError
from bantin.legacy.reading.dating import DEFAULT_SECTION
from bantin.legacy.reading.generic import DEFAULT_ENGINE, ENGINES
from bantin.legacy.reading.profiles import ProfileError, ProfileSet
from bantin.legacy.reading.record import LegacyPageError
from bantin.legacy.report import Report, default_report_path
from bantin.legacy.run import ImportRun
from bantin.legacy.storing.load import ImportOptions
from bantin.multisite.sites import SiteError, resolve_site
from bantin.vietnamese import find_datetime
from bantin.vietnamese.encodings import ENCODINGS


def operator_date(text):
    """--fallback-date: "31/12/2019", "31/12/2019 08:00" or "2019-12-31"."""
    match = find_datetime(text)
    if match is None or not match.has_year:
        raise CommandError(f"--fallback-date không phải ngày có năm: {text!r}")
    return match.to_datetime()


def fallback_section(options):
    """Where pages that name no section go: None keeps them for review."""
    if options["review_unsectioned"]:
        return None
    return (options["fallback_section"] or "").strip() or None


def stopped_message(counts, dry_run):
    """Ctrl+C: what was saved (each batch of pages is saved whole or not at all) and how to
    go on (importing again skips nothing and duplicates nothing: bantin/legacy/load.py)."""
    if dry_run:
        seen = counts.imported + counts.failed
        return f"\nĐã dừng (Ctrl+C) sau khi xem {seen} trang; chưa ghi gì."
    return (
        f"\nĐã dừng (Ctrl+C). Đã lưu {counts.imported} trang "
        f"({counts.created} mới, {counts.updated + counts.unchanged} cập nhật); "
        "các trang đang nhập dở chưa được lưu.\n"
        "Chạy lại đúng lệnh này để nhập tiếp: trang đã lưu được nhận ra, không bị nhập trùng."
    )


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ các trang đã lưu của cổng cũ "
        "(tệp .html, .htm, .txt, thư mục hoặc tệp .zip)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="tệp, thư mục hoặc tệp .zip")
        parser.add_argument("--site", help="tên miền của trang nhận bài (mặc định: trang chính)")
        parser.add_argument(
            "--dry-run", action="store_true", help="chỉ cho biết sẽ làm gì, không ghi gì"
        )
        parser.add_argument(
            "--encoding", choices=ENCODINGS, help="mã hóa của mọi trang (mặc định: tự nhận ra)"
        )
        parser.add_argument(
            "--date-from-path",
            action="store_true",
            help="trang không ghi ngày đăng thì lấy ngày trong đường dẫn tệp (2021/06/23/...)",
        )
        parser.add_argument(
            "--fallback-date",
            type=operator_date,
            help="ngày đăng cho trang không ghi ngày (vd. 31/12/2019); không có thì để nháp",
        )
        parser.add_argument(
            "--fallback-section",
            default=DEFAULT_SECTION,
            help="chuyên mục cho trang có tiêu đề và ngày nhưng không ghi chuyên mục "
            f"(mặc định: {DEFAULT_SECTION}, hoặc chuyên mục bắt đầu bằng tên đó nếu trang đã có)",
        )
        parser.add_argument(
            "--review-unsectioned",
            action="store_true",
            help="để nháp chờ duyệt các trang không ghi chuyên mục "
            "thay vì đăng vào --fallback-section",
        )
        parser.add_argument("--report", help="tệp báo cáo JSONL (mặc định: trong thư mục dữ liệu)")
        parser.add_argument(
            "--profiles",
            action="append",
            default=[],
            help="thư mục có thêm hồ sơ bố cục (*.toml); dùng được nhiều lần",
        )
        parser.add_argument("--profile", help="dùng một hồ sơ bố cục cho mọi trang, không dò")
        parser.add_argument(
            "--extractor",
            choices=ENGINES,
            default=DEFAULT_ENGINE,
            help="công cụ tìm nội dung khi không hồ sơ nào khớp",
        )
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="ghi đè cả bài đã được biên tập viên sửa trong bantin sau lần nhập trước",
        )
        parser.add_argument(
            "--no-typo-check",
            action="store_true",
            help="không soát lỗi chính tả (báo cáo sẽ không có trường typos)",
        )

        parser.add_argument(
            "--addresses",
            metavar="FILE",
            help='tệp CSV "tệp,địa chỉ": địa chỉ gốc của từng trang trên cổng cũ '
            "(giúp đọc tiêu đề trang)",
        )
        parser.add_argument(
            "--no-furniture",
            action="store_true",
            help="đọc từng trang riêng, không học các dòng lặp lại trên mọi trang của cổng cũ",
        )

    def handle(self, *args, paths, **options):
        try:
            site = resolve_site(options["site"])
            profiles = ProfileSet.load(
                [settings.DATA_DIR / "import-profiles", *options["profiles"]],
                forced=options["profile"],
            )
            addresses = (
                Addresses.load(options["addresses"]) if options["addresses"] else NO_ADDRESSES
            )
        except (SiteError, ProfileError, AddressListError) as error:
            raise CommandError(str(error)) from error
        import_options = ImportOptions(
            read=ReadOptions(
                encoding=options["encoding"],
                profiles=profiles,
                engine=options["extractor"],
                addresses=addresses,
            ),
            dry_run=options["dry_run"],
            date_from_path=options["date_from_path"],
            fallback_date=options["fallback_date"],
            fallback_section=fallback_section(options),
            overwrite_edited=options["overwrite_edited"],
            check_typos=not options["no_typo_check"],
            learn_furniture=not options["no_furniture"],
        )
        report = Report(options["report"] or default_report_path(settings.DATA_DIR))
        run = ImportRun(site, import_options, self.stdout, self.stderr, report)
        try:
            counts = run.run(paths)
        except LegacyPageError as error:
            raise CommandError(str(error)) from error
        except KeyboardInterrupt:
            self.stderr.write(stopped_message(run.counts, options["dry_run"]))
            sys.exit(130)
        finally:
            report.close()
        self.stdout.write(counts.summary(dry_run=options["dry_run"]))
        if made := run.made_sections():
            self.stdout.write(made)
        if counts.photos:
            self.stdout.write(counts.photos_line())
        self.stdout.write(f"Báo cáo: {report.path} ({report.lines} dòng)")
        if counts.failed and not counts.imported:
            raise CommandError("không nhập được trang nào")
