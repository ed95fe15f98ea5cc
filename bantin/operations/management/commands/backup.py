from django.core.management.base import BaseCommand, CommandError

from bantin.operations.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu, ảnh và tài liệu, lượt xem chờ ghi và khóa bí mật vào một tệp "
        "(chạy được khi cổng đang phục vụ)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp sao lưu, ví dụ bantin-2026-12-05.tar.gz")

    def handle(self, *args, file, **options):
        try:
            manifest = backup(file)
        except (BackupError, OSError) as error:
            raise CommandError(f"Không sao lưu được: {error}") from error
        self.stdout.write(f"Đã sao lưu ({manifest['engine']}) vào {file}")
