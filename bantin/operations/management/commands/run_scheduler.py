import signal
import threading

from django.core.management.base import BaseCommand

from bantin.operations.scheduler import Scheduler, default_tasks


class Command(BaseCommand):
    help = (
        "Việc nền của bantin serve: ghi lượt xem vào cơ sở dữ liệu mỗi 2 giây, "
        "xuất bản và gỡ bài theo lịch mỗi phút, nhắc hạn trả lời câu hỏi, phản ánh mỗi giờ. "
        "Lỗi cơ sở dữ liệu hay Redis được thử lại sau một khoảng chờ tăng dần."
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
        Scheduler(default_tasks(interval)).run(stopping, once=once)
