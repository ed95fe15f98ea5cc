from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bantin.operations.backup import BackupError, restore


class Command(BaseCommand):
    help = "Khôi phục một bản sao lưu của bantin backup vào bản cài này (nên là bản cài mới)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp do bantin backup tạo ra")
        parser.add_argument(
            "--force", action="store_true", help="ghi đè cả khi cơ sở dữ liệu đã có trang"
        )

    def handle(self, *args, file, force=False, **options):
        try:
            manifest = restore(file, force=force)
        except (BackupError, OSError, KeyError, ValueError) as error:
            raise CommandError(f"Không khôi phục được: {error}") from error
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(
            f"Đã khôi phục bản sao lưu ngày {manifest['created']} ({manifest['engine']}). "
            "Khởi động lại bantin serve để dùng khóa bí mật và dữ liệu vừa khôi phục."
        )
