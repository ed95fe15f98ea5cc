import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from bantin.counters.flush import flush_counters
from bantin.multisite.sitecaches import check_version

FLUSH_SECONDS = 2
REMINDER_SECONDS = 3600


class Command(BaseCommand):
    help = (
        "Việc nền của bantin serve: ghi lượt xem vào cơ sở dữ liệu mỗi 2 giây, "
        "xuất bản và gỡ bài theo lịch mỗi phút, nhắc hạn trả lời câu hỏi, phản ánh mỗi giờ."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="giây giữa hai lần xuất bản")
        parser.add_argument("--once", action="store_true")

    def handle(self, *args, interval=60, once=False, **options):
        """SIGTERM (from bantin serve or systemd) only asks the loop to stop: a flush under
        way is finished, then one more drains what came in meanwhile."""
        stopping = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stopping.set())
        signal.signal(signal.SIGINT, lambda *_: stopping.set())
        next_publish = next_reminders = 0.0
        while not stopping.is_set():
            if time.monotonic() >= next_publish:
                check_version()  # a site added meanwhile: publishing purges its pages too
                call_command("publish_scheduled", verbosity=0)
                next_publish = time.monotonic() + interval
            if time.monotonic() >= next_reminders:
                call_command("enquiry_reminders", verbosity=0)
                next_reminders = time.monotonic() + REMINDER_SECONDS
            flush_counters()
            if once:
                return
            stopping.wait(FLUSH_SECONDS)
        flush_counters()
