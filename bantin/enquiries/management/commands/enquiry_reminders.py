from django.core.management.base import BaseCommand

from bantin.enquiries.reminders import daily_round


class Command(BaseCommand):
    help = (
        "Gửi thư nhắc hạn trả lời câu hỏi, phản ánh và thư báo quá hạn (mỗi việc một lần); "
        "xóa tệp chờ gửi quá một ngày. bantin serve chạy lệnh này mỗi giờ."
    )

    def handle(self, *args, **options):
        reminded, noticed, cleared = daily_round()
        if options["verbosity"]:
            self.stdout.write(
                f"Đã gửi {reminded} thư nhắc hạn, {noticed} thư báo quá hạn; xóa {cleared} tệp chờ."
            )
