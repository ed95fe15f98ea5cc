from django.core.management.base import BaseCommand
from django.db import connection

from bantin.search import recent


class Command(BaseCommand):
    help = (
        "Dời chỉ mục các bài mới nhất (PostgreSQL) khi đã lớn: tìm kiếm của tỉnh đọc nó trước. "
        "Chạy hằng ngày."
    )

    def handle(self, *args, **options):
        start = recent.move(connection)
        if start is None:
            self.stdout.write("Không có chỉ mục các bài mới nhất (bảng còn nhỏ hoặc SQLite).")
        else:
            self.stdout.write(f"Chỉ mục các bài mới nhất: từ page_id {start}.")
