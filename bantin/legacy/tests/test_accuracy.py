"""The labelled fixture set (bench/import_fixtures) read back field by field.

bench/import_accuracy.py prints the same comparison as numbers; here any regression fails.
"""

import datetime
import json
import re

import pytest

from bantin.conftest import REPO_ROOT
from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.profiles import ProfileSet
from bantin.legacy.reading.sources import FolderPage

FIXTURES = REPO_ROOT / "bench" / "import_fixtures"
EXPECTED = FIXTURES / "expected.json"
SPACES = re.compile(r"\s+")
OPTIONS = ReadOptions(profiles=ProfileSet.load())

pytestmark = pytest.mark.skipif(not EXPECTED.exists(), reason="labelled fixtures not built")


def normal(text):
    return SPACES.sub(" ", text or "").strip() or None


def labelled():
    return json.loads(EXPECTED.read_text(encoding="utf-8")) if EXPECTED.exists() else []


def body_of(page):
    texts = [
        f"{block.speaker}: {block.text}" if block.kind == "turn" else block.text
        for block in page.blocks
        if block.kind not in ("image", "caption")
    ]
    return normal(" ".join(texts))


@pytest.mark.parametrize("entry", labelled(), ids=lambda entry: entry["file"][:40])
def test_labelled_page_reads_back_as_labelled(entry):
    path = FIXTURES / "pages" / entry["file"]
    page = read_page(FolderPage(path.parent, path), OPTIONS)
    published = entry["published"]
    assert page.encoding == entry["encoding"]
    assert normal(page.title) == normal(entry["title"])
    assert normal(page.section) == normal(entry["section"])
    assert page.published == (datetime.datetime.fromisoformat(published) if published else None)
    assert normal(page.byline) == normal(entry["byline"])
    assert page.views == entry["views"]
    assert normal(page.lead) == normal(entry["lead"])
    assert body_of(page) == normal(" ".join(entry["body"]))
    captions = [normal(b.text) for b in page.blocks if b.kind in ("image", "caption")]
    assert captions == [normal(text) for text in entry["captions"]]
    assert page.needs_review == entry["draft"]


def test_the_set_covers_six_layouts_and_every_encoding_in_text_and_html():
    entries = labelled()
    layouts = {entry["layout"] for entry in entries}
    kinds = {(entry["encoding"], entry["file"].endswith(".txt")) for entry in entries}
    assert len(entries) >= 40 and len(layouts) >= 6
    for encoding in ("utf-8", "utf-16", "windows-1258", "tcvn3", "vni", "viqr", "utf-8-mojibake"):
        assert (encoding, True) in kinds and (encoding, False) in kinds, encoding
