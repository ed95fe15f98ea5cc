"""Writes the labelled fixture pages and expected.json: python bench/import_fixtures/build.py

Pages are rendered from articles.py through layouts.py, then encoded. The expectations come
from the articles, never from the importer: what the page shows is what must come back.
Where an encoding cannot hold a letter (TCVN3 has no toned capitals outside heading fonts),
the expectation is what a reader of the old page saw.
"""

import io
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
sys.path[:] = [
    str(BENCH.parent),
    *(path for path in sys.path if Path(path or ".").resolve() not in (HERE, BENCH)),
]

from lxml import etree, html  # noqa: E402
from PIL import Image  # noqa: E402

from bantin.vietnamese.encodings import decode_bytes, encode_text  # noqa: E402
from bench.import_fixtures.articles import ARTICLES  # noqa: E402
from bench.import_fixtures.layouts import LAYOUTS, TEXT_LAYOUTS, VIDEO  # noqa: E402

PAGES_DIR = HERE / "pages"
EXPECTED = HERE / "expected.json"
CHARSETS = {
    "utf-8": "utf-8",
    "utf-16": "utf-16",
    "windows-1258": "windows-1258",
    "tcvn3": "windows-1252",
    "vni": "windows-1252",
    "viqr": "utf-8",
    "utf-8-mojibake": "utf-8",
}
BYLINE_OUTSIDE = {"joomla", "wordpress", "newsportal"}
BOLD_LEAD = {"sharepoint2010", "newsportal"}
WITHOUT_VIEWS = {"generic"}

# (article, layout, encoding, quirks, date style)
MANIFEST = [
    (0, "sharepoint2010", "utf-8", ""),
    (0, "text-vendor", "utf-8", ""),
    (0, "newsportal", "utf-8", "hour"),
    (1, "liferay", "utf-8", ""),
    (1, "text-sharepoint", "windows-1258", ""),
    (1, "wordpress", "utf-8", "dirty"),
    (2, "joomla", "utf-8", ""),
    (2, "oldportal", "tcvn3", "heading-font"),
    (2, "text-labelled", "utf-8", ""),
    (3, "wordpress", "utf-8", ""),
    (3, "newsportal", "utf-16", "gmt"),
    (3, "text-vendor", "vni", ""),
    (4, "oldportal", "vni", ""),
    (4, "sharepoint2010", "utf-8", "no-date"),
    (4, "text-labelled", "viqr", ""),
    (5, "newsportal", "utf-8", ""),
    (5, "joomla", "windows-1258", ""),
    (5, "text-sharepoint", "utf-8", "no-date"),
    (6, "generic", "utf-8", ""),
    (6, "liferay", "utf-8-mojibake", ""),
    (6, "text-vendor", "tcvn3", ""),
    (7, "sharepoint2010", "utf-8", ""),
    (7, "wordpress", "viqr", ""),
    (7, "text-sharepoint", "utf-16", ""),
    (8, "liferay", "utf-8", "missing-image"),
    (8, "generic", "windows-1258", ""),
    (8, "text-labelled", "utf-8-mojibake", ""),
    (9, "joomla", "utf-8", "malformed"),
    (9, "oldportal", "tcvn3", ""),
    (9, "text-vendor", "utf-8", "no-section"),
    (10, "newsportal", "utf-8", "gmt no-byline"),
    (10, "sharepoint2010", "vni", ""),
    (10, "text-labelled", "utf-8", "no-date"),
    (11, "wordpress", "utf-8", "no-views"),
    (11, "oldportal", "utf-8", ""),
    (11, "text-sharepoint", "viqr", ""),
    (12, "generic", "utf-8", "no-date"),
    (12, "liferay", "utf-16", ""),
    (12, "text-vendor", "windows-1258", ""),
    (13, "joomla", "utf-8-mojibake", ""),
    (13, "newsportal", "windows-1258", "hour"),
    (13, "text-labelled", "vni", ""),
    (14, "sharepoint2010", "utf-8-mojibake", ""),
    (14, "oldportal", "windows-1258", "malformed"),
    (14, "text-sharepoint", "tcvn3", ""),
    (15, "generic", "utf-8", "dirty"),
    (15, "wordpress", "windows-1258", ""),
    (15, "text-vendor", "viqr", ""),
]


@dataclass
class Page:
    number: int
    article: object
    layout: str
    encoding: str
    quirks: set = field(default_factory=set)

    @property
    def stem(self):
        encoding = self.encoding.replace("utf-8-mojibake", "mojibake")
        return f"{self.number:02d}-{self.layout}-{encoding}-{self.article.slug}"[:90]

    @property
    def name(self):
        return f"{self.stem}.{'txt' if self.layout in TEXT_LAYOUTS else 'html'}"

    charset = property(lambda self: CHARSETS[self.encoding])
    dated = property(lambda self: "no-date" not in self.quirks)
    sectioned = property(lambda self: "no-section" not in self.quirks)
    shows_views = property(
        lambda self: "no-views" not in self.quirks and self.layout not in WITHOUT_VIEWS
    )
    shows_byline = property(lambda self: "no-byline" not in self.quirks)
    byline_outside = property(lambda self: self.layout in BYLINE_OUTSIDE)
    bold_lead = property(lambda self: self.layout in BOLD_LEAD)
    date_style = property(
        lambda self: next((q for q in ("hour", "gmt") if q in self.quirks), "weekday")
    )

    def image(self, number):
        return f"{self.stem}_files/anh{number}.jpg"

    def photo_paths(self):
        """Where this page's photos are written, and which is left out on purpose."""
        captions = len(self.article.captions)
        if self.layout in TEXT_LAYOUTS:
            paths = [f"{self.stem}-{n}.jpg" for n in range(1, captions + 1)]
        else:
            paths = [self.image(n) for n in range(1, captions + 1)]
        if "missing-image" in self.quirks:
            paths = paths[1:]
        return paths


def encode(markup, page):
    if page.encoding == "utf-8":
        return markup.encode("utf-8")
    if page.encoding == "utf-16":
        return markup.encode("utf-16")
    if page.encoding == "viqr" and page.layout not in TEXT_LAYOUTS:
        return viqr_text_nodes(markup)
    return encode_text(markup, page.encoding)


def viqr_text_nodes(markup):
    """A page typed in VIQR: its words are VIQR, its markup is markup."""
    document = html.document_fromstring(markup)
    for element in document.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        element.text = viqr(element.text)
        element.tail = viqr(element.tail)
        for attribute in ("alt", "title", "content"):
            if element.get(attribute):
                element.set(attribute, viqr(element.get(attribute)))
    return b"<!DOCTYPE html>\n" + etree.tostring(document, method="html", encoding="utf-8")


def viqr(text):
    return encode_text(text, "viqr").decode("utf-8") if text else text


def seen(text, page):
    """The text a reader of the old page saw, after what its encoding can hold."""
    if text is None or page.encoding != "tcvn3":
        return text
    return decode_bytes(encode_text(text, "tcvn3"), "tcvn3").text


def expectation(page):
    article = page.article
    title = article.title.upper() if "heading-font" in page.quirks else seen(article.title, page)
    published = article.published if page.dated else None
    section = article.section if page.sectioned else None
    body = [seen(text, page) for text in article.paragraphs]
    if "dirty" in page.quirks:
        body.insert(0, "Video: " + VIDEO.split('src="')[1].split('"')[0])
    return {
        "file": page.name,
        "layout": page.layout,
        "encoding": page.encoding,
        "quirks": sorted(page.quirks),
        "title": title,
        "section": seen(section, page),
        "published": published.isoformat() if published else None,
        "byline": seen(article.byline, page) if page.shows_byline else None,
        "views": article.views if page.shows_views else None,
        "lead": seen(article.lead, page),
        "body": body,
        "captions": [seen(text, page) for text in article.captions],
        "missing_photos": 1 if "missing-image" in page.quirks else 0,
        "draft": published is None or section is None,
    }


def photo(number):
    picture = Image.new("RGB", (48, 32), (40 + number * 30 % 200, 90, 140))
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=70)
    return data.getvalue()


def build():
    shutil.rmtree(PAGES_DIR, ignore_errors=True)
    PAGES_DIR.mkdir(parents=True)
    expectations = []
    for number, (index, layout, encoding, quirks) in enumerate(MANIFEST, start=1):
        page = Page(number, ARTICLES[index], layout, encoding, set(quirks.split()))
        markup = LAYOUTS[layout](page.article, page)
        (PAGES_DIR / page.name).write_bytes(encode(markup, page))
        for count, relative in enumerate(page.photo_paths(), start=1):
            target = PAGES_DIR / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(photo(number * 10 + count))
        expectations.append(expectation(page))
    EXPECTED.write_text(json.dumps(expectations, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(expectations)} trang trong {PAGES_DIR}")


if __name__ == "__main__":
    build()
