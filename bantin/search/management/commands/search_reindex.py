from django.core.management.base import BaseCommand
from django.db import connection

from bantin.search import recent
from bantin.search.indexing import reindex_all


class Command(BaseCommand):
    help = "Dựng lại chỉ mục tìm kiếm cho mọi bài đã xuất bản."

    def handle(self, *args, **options):
        self.stdout.write(f"Đã lập chỉ mục {reindex_all()} bài.")
        recent.move(connection)
