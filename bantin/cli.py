"""The bantin command: a thin layer over the project's management commands.

`bantin import --help` speaks of itself as `bantin import`, in Vietnamese, and lists the
command's own options only: Django's general ones (--verbosity, --settings, --traceback ...)
still work but are not listed. `bantin manage ...` is Django's own command line, unchanged.
"""

import argparse
import os
import sys

COMMANDS = {
    "init": "init",
    "serve": "serve",
    "site": "site",
    "import": "import_pages",
    "export": "export_articles",
    "check-text": "check_text",
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
  manage LỆNH_DJANGO ... các lệnh quản trị khác (migrate, createsuperuser, ...)

Dữ liệu nằm trong BANTIN_DATA_DIR (mặc định ./var)."""
DJANGO_OPTIONS = {
    "--version",
    "--verbosity",
    "--settings",
    "--pythonpath",
    "--traceback",
    "--no-color",
    "--force-color",
    "--skip-checks",
}
# argparse's own words, as the standard library writes them, in Vietnamese.
ARGPARSE_WORDS = {
    "usage: ": "Cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn chưa rõ: %(option)s có thể là %(matches)s"
    ),
}


def in_vietnamese(text):
    return ARGPARSE_WORDS.get(text, text)


def run_command(user_name, django_name, args):
    """Runs the management command under the name the user typed."""
    import django
    from django.core.management import ManagementUtility

    django.setup()
    command = ManagementUtility(["bantin", django_name]).fetch_command(django_name)
    make_parser = command.create_parser

    def create_parser(prog_name, subcommand, **kwargs):
        parser = make_parser(prog_name, subcommand, **kwargs)
        for action in parser._actions:
            if DJANGO_OPTIONS.intersection(action.option_strings):
                action.help = argparse.SUPPRESS
        return parser

    command.create_parser = create_parser
    command.run_from_argv(["bantin", user_name, *args])


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        return
    name, rest = argv[0], argv[1:]
    if name == "manage":
        from django.core.management import execute_from_command_line

        execute_from_command_line(["bantin", *rest])
    elif name in COMMANDS:
        argparse._ = in_vietnamese
        run_command(name, COMMANDS[name], rest)
    else:
        print(f"bantin: không có lệnh {name!r}\n\n{USAGE}", file=sys.stderr)
        sys.exit(2)
