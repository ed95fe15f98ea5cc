"""Accuracy of the legacy page parser on the labelled fixtures: python bench/import_accuracy.py

Prints, per field, how many pages came back exactly as labelled, the overall share, and how
many values were invented (a field the page does not show, returned anyway: must be 0).
--extractor picks the general extractor; --generic ignores the HTML profiles so that the
extractors can be compared on every HTML page; -v lists each mismatch.
"""

import argparse
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/ holds scripts named like standard modules (http.py): never import from it directly.
sys.path[:] = [str(HERE.parent), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from bantin.legacy.reading import ReadOptions, read_page  # noqa: E402
from bantin.legacy.reading.generic import DEFAULT_ENGINE, ENGINES  # noqa: E402
from bantin.legacy.reading.profiles import ProfileSet  # noqa: E402
from bantin.legacy.reading.record import LegacyPageError  # noqa: E402
from bantin.legacy.reading.sources import FolderPage  # noqa: E402

FIXTURES = HERE / "import_fixtures"
FIELDS = ("title", "section", "published", "byline", "views", "lead", "body", "captions", "draft")
MAY_BE_INVENTED = ("title", "section", "published", "byline", "views")
SPACES = re.compile(r"\s+")


def normal(text):
    return SPACES.sub(" ", text or "").strip() or None


def body_text(page):
    parts = []
    for block in page.blocks:
        if block.kind in ("image", "caption"):
            continue
        parts.append(f"{block.speaker}: {block.text}" if block.kind == "turn" else block.text)
    return normal(" ".join(parts))


def parsed_fields(page):
    return {
        "title": normal(page.title),
        "section": normal(page.section),
        "published": page.published,
        "byline": normal(page.byline),
        "views": page.views,
        "lead": normal(page.lead),
        "body": body_text(page),
        "captions": [normal(b.text) for b in page.blocks if b.kind in ("image", "caption")],
        "draft": page.needs_review,
    }


def expected_fields(entry):
    published = entry["published"]
    return {
        "title": normal(entry["title"]),
        "section": normal(entry["section"]),
        "published": datetime.fromisoformat(published) if published else None,
        "byline": normal(entry["byline"]),
        "views": entry["views"],
        "lead": normal(entry["lead"]),
        "body": normal(" ".join(entry["body"])),
        "captions": [normal(text) for text in entry["captions"]],
        "draft": entry["draft"],
    }


def measure(profiles, engine, verbose=False):
    expectations = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    options = ReadOptions(profiles=profiles, engine=engine)
    right = dict.fromkeys(FIELDS, 0)
    invented = []
    started = time.perf_counter()
    for entry in expectations:
        path = FIXTURES / "pages" / entry["file"]
        try:
            page = read_page(FolderPage(path.parent, path), options)
        except LegacyPageError as error:
            print(f"  LỖI {entry['file']}: {error.reason}")
            continue
        got, want = parsed_fields(page), expected_fields(entry)
        for name in FIELDS:
            if got[name] == want[name]:
                right[name] += 1
            elif verbose:
                print(f"  {entry['file']} [{page.layout}/{page.encoding}] {name}:")
                print(f"      muốn: {str(want[name])[:300]}")
                print(f"      được: {str(got[name])[:300]}")
        invented.extend(
            (entry["file"], name)
            for name in MAY_BE_INVENTED
            if want[name] is None and got[name] is not None
        )
    elapsed = time.perf_counter() - started
    return len(expectations), right, invented, elapsed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractor", choices=ENGINES, default=DEFAULT_ENGINE)
    parser.add_argument("--generic", action="store_true", help="không dùng hồ sơ HTML")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    profiles = ProfileSet.load()
    if args.generic:
        profiles = ProfileSet(html=(), text=profiles.text)
    pages, right, invented, elapsed = measure(profiles, args.extractor, args.verbose)
    print(f"{pages} trang, bộ tìm nội dung: {args.extractor}, hồ sơ HTML: {not args.generic}")
    for name in FIELDS:
        print(f"  {name:<10} {right[name]:>3}/{pages}  {right[name] / pages:7.1%}")
    overall = sum(right.values()) / (pages * len(FIELDS))
    print(f"  {'tổng':<10} {sum(right.values()):>3}/{pages * len(FIELDS)}  {overall:7.1%}")
    print(f"  giá trị bịa ra (trang không có mà vẫn trả về): {len(invented)}")
    for file, name in invented:
        print(f"    {file}: {name}")
    print(f"  thời gian đọc: {elapsed:.2f} s ({pages / elapsed:.0f} trang/giây)")
    return 0 if not invented else 1


if __name__ == "__main__":
    sys.exit(main())
