"""The bantin command: a thin layer over the project's management commands."""

import os
import sys

COMMANDS = {
    "init": "init",
    "serve": "serve",
    "site": "site",
    "import": "import_pages",
    "export": "export_articles",
    "check-text": "check_text",
    "backup": "backup",
    "restore": "restore",
}
USAGE = """Cách dùng: bantin LỆNH [tham số]

  init                   chuẩn bị cơ sở dữ liệu, trang mặc định và bài mẫu
  serve [--host --port]  chạy cổng thông tin (mặc định http://127.0.0.1:8000)
  site add --hostname HOST --name TÊN | site list
  import [--site HOST] [--dry-run] [--encoding ENC] [--report FILE] ĐƯỜNG_DẪN...
                         trang .html/.htm/.txt, thư mục, tệp .zip (xem bantin import --help)
  export [--site HOST] [--include-drafts] [--kind LOẠI] --format jsonl
                         bài viết, văn bản, dự thảo, lịch công tác, hỏi đáp (JSON Lines)
  check-text [--site HOST] [--format jsonl]
                         soát lỗi chính tả các bài đã có, mỗi dòng một cảnh báo
  backup TỆP             sao lưu dữ liệu, ảnh, tài liệu, lượt xem chờ ghi, khóa bí mật
  restore TỆP [--force]  khôi phục bản sao lưu vào bản cài mới (xem docs/operations.md)
  manage LỆNH_DJANGO ... các lệnh quản trị khác (migrate, createsuperuser, ...)

Dữ liệu nằm trong BANTIN_DATA_DIR (mặc định ./var)."""


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return
    name, rest = argv[0], argv[1:]
    if name == "manage":
        command = rest
    elif name in COMMANDS:
        command = [COMMANDS[name], *rest]
    else:
        print(f"bantin: không có lệnh {name!r}\n\n{USAGE}", file=sys.stderr)
        sys.exit(2)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["bantin", *command])
