"""How the importer reads real pages nobody here wrote: python bench/import_real.py

Sets, each reported on its own and skipped with a message when its folder is absent:
  realpages   ../shared/realpages: text captures labelled by hand (labels.jsonl, LABELLING.md)
  realhtml    ../shared/realhtml: saved HTML pages labelled by hand (labels.jsonl, README.md)
  gathered    ../gathered: more real pages (pages/*.txt, pages/*.html, sources.jsonl); their
              labels are ours, in bench/data/import_real_labels.jsonl, text and HTML apart
  held out    the fifth of ../gathered set aside by site before the parser was run on it
              ("held_out": true): a rule that only fits the pages it was written for shows here
BANTIN_SHARED_DIR and BANTIN_GATHERED_DIR replace the two folders beside the repository.

Every page goes through one call, read_record(), the importer's pure reading of a saved page
(bytes and a file name in, a LegacyPage out): the only line to change when that moves. As an
import of one site would, the pages of each site (the host of their address) are read with
the furniture learnt from that site's pages in the set (bantin.legacy.reading.furniture);
--no-furniture reads every page alone, for the figures without it. Each page is read with its
labelled address, as an import given its pages' addresses (`bantin import --addresses`) reads
it (bantin.legacy.reading.address); --no-address reads without it.

Scoring, field by field (text pages: title, published, byline, views, category; HTML pages:
also lead, first and last body sentence, and "section" for the category):
- Strings are compared after Unicode NFC and whitespace collapsing, nothing else (case and
  punctuation count). A null label is right only when the parser returns nothing.
- published is compared at the precision of the label: a day ("2024-08-30") against the day
  read, a month ("2025-06") against the month, a time against hours and minutes (and seconds
  when the label gives seconds other than :00), all on the wall clock of Vietnam (+07:00).
  A page that shows only its month gives "YYYY-MM" (published_month; the import keeps it a
  draft and names the month), right only against the same month's label.
- views: the number.
- lead: the parsed lead equals the labelled lead (null: no lead parsed).
- first / last body sentence: the article text (lead and body paragraphs, photos and
  captions left out, the labelled lead taken off its start) starts with the first labelled
  sentence and ends with the last one (a final full stop or ellipsis on either side ignored).
- A page that cannot be read at all (LegacyPageError) has every field wrong.
Invented values (title, published, byline, views, category; they must be 0): a value returned
where the label is null, or a value that does not occur on the page at all (strings: not in
the page's text or markup after NFC, entity decoding and whitespace collapsing; dates: no date
expression on the page gives that day; views: the digits are not on the page). Beside
them, how many stand on pages `bantin import` would publish without review (the rest wait for
an editor as drafts).
Beside each share, how many of the values the page does show were read right (null labels
left out), the figure that moves when a field is found rather than left empty.
Review: pages `bantin import` would leave as drafts with its default options (any review
reason, or unreadable; a page naming no section goes to the site's news section,
DEFAULT_SECTION), beside the pages that show a headline and a date (both labelled), how many
of those would be published without review, how many had both found, and how many of these
go live only through the default section (an operator's --review-unsectioned would keep them).

--json PATH (or -) writes every wrong field (set, page, field, expected, got) and the
figures; --check-labels checks that every label of ../gathered occurs in its page; a labelled page
whose capture is absent from ../gathered is left out (and counted).
"""

import argparse
import dataclasses
import html
import json
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
# bench/ holds scripts named like standard modules (http.py): never import from it directly.
sys.path[:] = [str(REPO_ROOT), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from bantin.legacy.reading import ReadOptions, read_page  # noqa: E402
from bantin.legacy.reading.address import NO_ADDRESSES, Addresses  # noqa: E402
from bantin.legacy.reading.dating import (  # noqa: E402
    DEFAULT_SECTION,
    NO_SECTION,
    Dating,
    settle_section,
)
from bantin.legacy.reading.furniture import NO_FURNITURE, learn_furniture  # noqa: E402
from bantin.legacy.reading.record import LegacyPageError  # noqa: E402
from bantin.legacy.reading.sources import FolderPage  # noqa: E402
from bantin.vietnamese import find_all_datetimes  # noqa: E402

LABELS = HERE / "data" / "import_real_labels.jsonl"
TEXT_FIELDS = ("title", "published", "byline", "views", "category")
HTML_FIELDS = (*TEXT_FIELDS, "lead", "first", "last")
MAY_BE_INVENTED = TEXT_FIELDS
VIETNAM = timezone(timedelta(hours=7))
SPACES = re.compile(r"\s+")
TAGS = re.compile(r"<[^>]*>")
HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
SENTENCE_END = re.compile(r"[\s.…]+$")
DATE_FORMS = (
    (re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<!\d)(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2}) (\d{4})(?!\d)"), "dmy"),  # "15.05 2024"
    (re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE), "dmy"),
    (re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE), "dmy"),
    # a stamp with a two-digit year ("25/08/22"), read as POSIX reads "%y"
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])"), "dmy2"),
)
READ_OPTIONS = ReadOptions()


def read_record(path, furniture=NO_FURNITURE, address=None):
    """The importer's pure reading of one saved page (the one call into the importer);
    ``address``: where the page was, as an import given its pages' addresses knows."""
    addresses = Addresses({path.name: address}) if address else NO_ADDRESSES
    options = dataclasses.replace(READ_OPTIONS, furniture=furniture, addresses=addresses)
    return read_page(FolderPage(path.parent, path), options)


def site_of(entry):
    """The site a page is of: its address's host, "www." or not (one site prints both)."""
    return (urlsplit(entry.labels.get("url") or "").hostname or "").removeprefix("www.")


def furniture_by_site(entries):
    """Each site's furniture, learnt from its text pages in the set."""
    pages = {}
    for entry in entries:
        if entry.kind == "text" and site_of(entry):
            pages.setdefault(site_of(entry), []).append(entry.path)
    return {
        site: learn_furniture(path.read_bytes().decode("utf-8", "replace") for path in paths)
        for site, paths in pages.items()
    }


def normal(text):
    if text is None:
        return None
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()
    return text or None


def page_haystack(raw, kind):
    """The page's text (and, for HTML, its markup) as one normalised string to search in."""
    if kind == "text":
        return normal(raw) or ""
    unescaped = html.unescape(raw)
    visible = html.unescape(TAGS.sub(" ", HIDDEN.sub(" ", raw)))
    return f"{normal(visible) or ''} \n {normal(unescaped) or ''}"


def dates_on(haystack):
    """Every calendar day some date expression on the page gives (ours and the importer's)."""
    days = set()
    for pattern, order in DATE_FORMS:
        for match in pattern.finditer(haystack):
            a, b, c = (int(group) for group in match.groups())
            if order == "dmy2":
                c, order = c + (1900 if c >= 69 else 2000), "dmy"
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            days.add((year, month, day))
    for found in find_all_datetimes(haystack):
        if found.year is not None:
            days.add((found.year, found.month, found.day))
    return days


def local(moment):
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(VIETNAM).replace(tzinfo=None)
    return moment


def date_matches(label, got):
    """The parsed datetime read at the precision the ISO label gives."""
    if got is None:
        return False
    if isinstance(got, str):  # only the month is shown: right against a month's label
        return got == label
    got = local(got)
    if re.fullmatch(r"\d{4}-\d{2}", label):
        return (got.year, got.month) == tuple(int(x) for x in label.split("-"))
    want = datetime.fromisoformat(label)
    want = local(want) if want.tzinfo else want
    if "T" not in label:
        return got.date() == want.date()
    if want.second:
        return got.replace(microsecond=0) == want.replace(microsecond=0)
    return got.replace(second=0, microsecond=0) == want.replace(second=0, microsecond=0)


def show(value):
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def body_text(page):
    parts = []
    for block in page.blocks:
        if block.kind in ("image", "caption"):
            continue
        parts.append(f"{block.speaker}: {block.text}" if block.kind == "turn" else block.text)
    return normal(" ".join(parts)) or ""


def article_text(page, label_lead):
    text = normal(f"{page.lead or ''} {body_text(page)}") or ""
    lead = normal(label_lead)
    if lead and text.startswith(lead):
        text = text[len(lead) :].strip()
    return text


def trimmed(text):
    return SENTENCE_END.sub("", text or "")


@dataclass
class Entry:
    """One labelled page: where it is, what kind, its labels."""

    set_name: str
    page_id: str
    path: Path
    kind: str
    labels: dict


@dataclass
class Tally:
    name: str
    fields: tuple
    pages: int = 0
    unreadable: int = 0
    right: dict = field(default_factory=dict)
    shown: dict = field(default_factory=dict)
    found: dict = field(default_factory=dict)
    invented: list = field(default_factory=list)
    invented_live: int = 0
    wrong: list = field(default_factory=list)
    review: int = 0
    headline_and_date: int = 0
    published_without_review: int = 0
    headline_and_date_read: int = 0
    blocked_only_by_section: int = 0
    seconds: float = 0.0

    def __post_init__(self):
        self.right = dict.fromkeys(self.fields, 0)
        self.shown = dict.fromkeys(self.fields, 0)
        self.found = dict.fromkeys(self.fields, 0)

    @property
    def overall(self):
        total = self.pages * len(self.fields)
        return sum(self.right.values()) / total if total else 0.0

    def share(self, name):
        return self.right[name] / self.pages if self.pages else 0.0

    def summary(self):
        return {
            "set": self.name,
            "pages": self.pages,
            "unreadable": self.unreadable,
            "accuracy": {name: round(self.share(name), 4) for name in self.fields},
            "overall": round(self.overall, 4),
            "found": {name: [self.found[name], self.shown[name]] for name in self.fields},
            "invented": len(self.invented),
            "invented_live": self.invented_live,
            "review": self.review,
            "headline_and_date": self.headline_and_date,
            "published_without_review": self.published_without_review,
            "headline_and_date_read": self.headline_and_date_read,
            "blocked_only_by_section": self.blocked_only_by_section,
        }


def got_fields(page, labels, kind):
    got = {
        "title": normal(page.title),
        "published": page.published or page.published_month,
        "byline": normal(page.byline),
        "views": page.views,
        "category": normal(page.section),
    }
    if kind == "html":
        text = article_text(page, labels.get("lead"))
        got["lead"] = normal(page.lead)
        got["first"] = text[:200]
        got["last"] = text[-200:]
    return got


def field_right(name, want, got, page_text):
    if name == "published":
        return got is None if want is None else date_matches(want, got)
    if name == "first":
        return page_text.startswith(trimmed(normal(want))) if want else not page_text
    if name == "last":
        return trimmed(page_text).endswith(trimmed(normal(want))) if want else not page_text
    if name == "views":
        return got == want
    return normal(got) == normal(want)


def invented_value(name, want, got, haystack, days):
    """A value returned where the label is null, or one the page does not show at all."""
    if got is None or name not in MAY_BE_INVENTED:
        return False
    if want is None:
        return True
    if name == "published" and isinstance(got, str):
        return not date_label_on_page(got, haystack)
    if name == "published":
        moment = local(got)
        return (moment.year, moment.month, moment.day) not in days
    if name == "views":
        return not re.search(rf"(?<!\d){got}(?!\d)", haystack.replace(".", "").replace(",", ""))
    return normal(got) not in haystack


def score(entries, name, fields, furniture=True, address=True):
    tally = Tally(name, fields)
    started = time.perf_counter()
    learnt = furniture_by_site(entries) if furniture else {}
    for entry in entries:
        tally.pages += 1
        labels = entry.labels
        headline_and_date = bool(labels.get("title")) and bool(labels.get("published"))
        tally.headline_and_date += headline_and_date
        try:
            page = read_record(
                entry.path,
                learnt.get(site_of(entry), NO_FURNITURE),
                labels.get("url") if address else None,
            )
        except LegacyPageError as error:
            tally.unreadable += 1
            tally.review += 1
            for field_name in fields:
                tally.wrong.append(wrong(entry, field_name, labels.get(field_name), error.reason))
            continue
        raw = entry.path.read_bytes().decode("utf-8", "replace")
        haystack = page_haystack(raw, entry.kind)
        days = None
        got = got_fields(page, labels, entry.kind)
        text = article_text(page, labels.get("lead")) if entry.kind == "html" else ""
        invented_here = 0
        for field_name in fields:
            want = labels.get(field_name)
            value = got[field_name]
            tally.shown[field_name] += want is not None
            if field_right(field_name, want, value, text):
                tally.right[field_name] += 1
                tally.found[field_name] += want is not None
                continue
            tally.wrong.append(wrong(entry, field_name, want, show(value)))
            if field_name == "published" and days is None:
                days = dates_on(haystack)
            if invented_value(field_name, want, value, haystack, days):
                tally.invented.append((entry.page_id, field_name, want, show(value)))
                invented_here += 1
        imported = as_imported(page)
        tally.review += imported.needs_review
        tally.invented_live += invented_here * (not imported.needs_review)
        tally.published_without_review += headline_and_date and not imported.needs_review
        if headline_and_date and page.title and page.published:
            tally.headline_and_date_read += 1
            tally.blocked_only_by_section += page.review_reasons == [NO_SECTION]
    tally.seconds = time.perf_counter() - started
    return tally


def as_imported(page):
    """The page as `bantin import` stores it by default (the fields are scored as read: a
    section supplied by the import is not the page's)."""
    imported = dataclasses.replace(
        page, review_reasons=list(page.review_reasons), warnings=list(page.warnings)
    )
    settle_section(imported, Dating(section=DEFAULT_SECTION))
    return imported


def wrong(entry, field_name, want, got):
    return {"set": entry.set_name, "page": entry.page_id, "field": field_name,
            "expected": want, "got": got}  # fmt: skip


def read_jsonl(path):
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def shared_dir():
    return Path(os.environ.get("BANTIN_SHARED_DIR") or REPO_ROOT.parent / "shared")


BATCHES = {
    "2026-12-06": "30 pages of 30 sites none of the sets had, labelled by reading before the "
    "importer was run on them: held out at first (135/150 right, 4 invented), then read to "
    "mend the rules, so development since",
    "2026-12-06b": "30 more pages of 30 more sites, labelled the same way: held out at first "
    "(132/150 right, 4 invented), then read to mend the rules, so development since",
    "2026-12-06c": "30 more pages of 30 more sites, labelled the same way: held out until the "
    "rules mended on the two batches before were done (143/150 right, 4 invented), "
    "development since",
    "2026-12-06d": "30 more pages of 30 more sites, labelled the same way: held out until the "
    "rules mended on the batch before were done (130/150 right, 5 invented), development since",
    "2026-12-06e": "24 more pages of 24 more sites (7 of them in a province family already "
    "present), labelled the same way: held out until the rules mended on the batches before "
    "were done (112/120 right, 1 invented), development since",
    "2026-12-06f": "25 more pages of 25 more sites, labelled the same way: held out until the "
    "rules mended on the batches before were done (115/125 right, 2 invented), development "
    "since",
    "2026-12-06g": "25 more pages of 25 more sites, labelled the same way: held out until the "
    "rules mended on every batch before were done (113/125 right, 5 invented), development "
    "since",
    "2026-12-06h": "25 more pages of 25 more sites, labelled the same way, held out: read once, "
    "after every rule of the day (121/125 right, 0 invented), development since",
    "2026-12-06j": "30 more pages of 30 more sites (centre, Highlands and south), labelled the "
    "same way, development from the start (first read 142/150 right, 0 invented)",
    "2026-12-06k": "30 more pages of 30 more sites (older district and commune portals, notices, "
    "unions, Red Cross), labelled the same way, development from the start (first read 138/150 "
    "right, 4 invented)",
    "2026-12-06m": "30 more pages of 30 more sites (north and north-centre), labelled the same "
    "way, development from the start",
    "2026-12-06n": "30 more pages of 30 more sites (centre, Highlands and south), labelled the "
    "same way, development from the start",
    "2026-12-06p": "30 more pages of 30 more sites (centre, Highlands and south), labelled the "
    "same way, development from the start; its first read was taken before and after the "
    "rule of the page's address",
    "2026-12-06q": "30 more pages of 30 more sites (wards, communes, district portals, Front and "
    "unions, all regions), labelled the same way, development from the start",
    "2026-12-06s": "30 more pages of 30 more sites (communes, wards, districts, Front and unions "
    "whose pages end with a signature), labelled the same way, development from the start",
    "2026-12-06t": "30 more pages of 30 more sites (all regions, a natural mix), labelled the "
    "same way, held out: read once, after every rule of the third session (143/150 right, "
    "2 invented), development since the fourth",
    "2026-12-06o": "29 more pages of 29 more sites (north and north-centre: wards, communes, "
    "Front, unions, provincial TV), labelled the same way, held out: read once, after every "
    "rule of the third session (128/145 right, 3 invented), development since the fourth",
    "2026-12-06r": "30 more pages of 30 more sites (province and city portals, departments, "
    "party committees, unions, papers), labelled the same way, held out: read once, after every "
    "rule of the third session (143/150 right, 4 invented), development since",
    "2026-12-06i": "30 more pages of 30 more sites (north and north-centre), labelled the same "
    "way, held out: read once, after every rule of the second session of the day",
    "2026-12-06l": "30 more pages of 30 more sites (wards, communes, Front, unions, papers), "
    "labelled the same way, held out: read once, after every rule of the second session, "
    "and again after the third (113/120 right, 2 invented), development since the fourth",
    "2026-12-06u": "30 more pages of 30 more sites (communes, wards and districts of every "
    "region, a few youth unions and party committees), labelled the same way, held out: read "
    "once, after every rule of the fourth session (147/150 right, 2 invented), development "
    "since the fifth",
    "2026-12-06v": "30 more pages of 30 more sites none of the sets had (communes, wards, "
    "districts, party committees, Front, provincial papers, TV and police), labelled the same "
    "way, held out: read once, after the fifth session's first rules (142/150 right, 4 "
    "invented), development since",
    "2026-12-06w": "30 more pages of 30 more sites none of the sets had (communes, wards, "
    "districts, party committees, Front, unions, boards, radio), labelled the same way, held "
    "out: read once, after every rule of the fifth session",
    "2026-12-06x": "30 more pages of 30 more sites none of the sets had (commune, ward, district "
    "and province portals, Front, farmers', women's and youth unions, boards; north, centre, "
    "Highlands and south), labelled the same way, held out until it was read once, after "
    "every rule of the sixth session (146/150 right, 1 invented), then read to mend the rules, "
    "development since",
    "2026-12-06y": "30 more pages of 29 more sites none of the sets had (commune, ward, district "
    "and province portals, party committees, Front, unions, a provincial paper), labelled the "
    "same way, held out until it was read once, after the seventh session's change to how "
    "legacy encodings are told apart (142/150 right, 2 invented), then read to mend the rules, "
    "development since",
    "2026-12-06z": "30 more pages of 30 more sites none of the sets had (Mekong delta and "
    "northern mountain provinces; people's councils, police and border guards, veterans', "
    "elderly, Red Cross and other associations, culture and health centres, the Front), "
    "labelled the same way, held out until it was read once, after every other rule of the "
    "seventh session (145/150 right, 0 invented), then read to mend the rules, development "
    "since",
    "2026-12-06bb": "20 more pages of 20 more sites none of the sets had (commune, ward, "
    "district and department portals, the Front and unions, a party site, a city paper), "
    "labelled the same way, development from the start (first read after the eighth "
    "session's first rules)",
    "2026-12-06aa": "30 more pages of 30 more sites none of the sets had (commune, district and "
    "province portals, procuracies, statistics offices, forestry and farm-extension boards, a "
    "justice department's legal-education site, provincial papers and TV, district radio), "
    "labelled the same way, held out until it was read once, after the eighth session's "
    "rules learnt on batch bb (143/150 right, 1 invented), then read to mend the rules, "
    "development since",
    "2026-12-06cc": "12 more pages of 12 more sites none of the sets had (a provincial justice "
    "department, commune, district and department portals, provincial TV and a culture "
    "department), labelled the same way, held out until it was read once, after every rule "
    "of the eighth session but the last three (56/60 right, 0 invented), then read to mend "
    "them, development since",
    "2026-12-07a": "16 more pages of 16 more sites none of the sets had (commune, ward and "
    "district portals of the north and north-centre, a youth union, two schools' news of "
    "their commune), labelled the same way, development from the start",
    "2026-12-07c": "25 more pages of 25 more sites none of the sets had (a party propaganda "
    "board, district radio, courts, procuracies and their paper, police, justice offices, "
    "communes, schools, a health centre, unions), labelled the same way, development from "
    "the start",
    "2026-12-07e": "10 more pages of 10 more sites none of the sets had (commune, ward and "
    "district portals of every region, the Front, a provincial party committee), labelled the "
    "same way, development from the start",
    "2026-12-07b": "30 more pages of 30 more sites none of the sets had (commune, district and "
    "province portals of the centre, Highlands and south, party committees, the Red Cross, "
    "farmers' and women's unions, schools, a people's council), labelled the same way, held "
    "out until it was read once, after every rule of the ninth session learnt on a, c and e "
    "(138/150 right, 4 invented), then read to mend the rules, development since",
    "2026-12-07d": "25 more pages of 25 more sites none of the sets had (commune, ward, "
    "district and province portals of every region, the Front, youth unions, a city party "
    "committee, schools, a market-surveillance office), labelled the same way, held out until "
    "it was read once, after every rule of the ninth session learnt on a, c and e (116/125 "
    "right, 0 invented; 117/125 with two titles' final full stops put back in their labels), "
    "then read to mend the rules, development since",
    "2026-12-07f": "25 more pages of 25 more sites none of the sets had (schools' and education "
    "offices' news, commune, district and province portals, a provincial youth union, trade "
    "union and department, a people's council; north, centre, Highlands and south), labelled "
    "the same way, development from the start",
    "2026-12-07g": "25 more pages of 25 more sites none of the sets had (schools, colleges and "
    "universities, party committees and their propaganda boards, a youth union, a legal-aid "
    "centre, agriculture offices; north, centre, Highlands and south), labelled the same way, "
    "development from the start",
    "2026-12-07h": "30 more pages of 30 more sites none of the sets had (commune, district, "
    "city and province portals, departments, a people's council, police, a procuracy, "
    "schools and a university, youth and women's unions; north, centre, Highlands and south), "
    "labelled the same way, held out until it was read once, after every rule of the tenth "
    "session learnt on f and g (142/150 right, 4 invented), then read to mend the rules, "
    "development since",
    "2026-12-07j": "21 more pages of 21 more sites none of the sets had (police, courts and "
    "procuracies, commune, ward, district and department portals, the Front, the Red Cross, a "
    "farmers' union, a district party committee, a war cemetery's board; north, centre, "
    "Highlands and south), labelled the same way, development from the start",
    "2026-12-07i": "26 more pages of 26 more sites none of the sets had (commune, district and "
    "city portals, procuracies, legal-education offices, education offices and schools, a "
    "city party committee's news, provincial TV; north, centre and south), labelled the same "
    "way, held out until it was read once, after every rule of the tenth session learnt on "
    "f, g, h and j (126/130 right, 3 invented), then read to mend the rules, development since",
    "2026-12-07k": "10 pages of one site none of the sets had (a primary school's news), "
    "several pages of one site so that its furniture is learnt as an import of the site "
    "learns it, labelled the same way, development from the start",
    "2026-12-07m": "24 pages of 4 sites none of the sets had (6 to 7 pages each: a heritage "
    "board, a social-science centre, two arts associations; centre), labelled the same way, "
    "development from the start (first read 84/120, 5 invented)",
    "2026-12-07n": "5 pages of one site none of the sets had (a provincial farmers' union; "
    "south), labelled the same way, development from the start",
    "2026-12-07p": "15 pages of 3 sites none of the sets had (5 pages each: two provincial "
    "labour federations, a college; north and south-centre), labelled the same way, held out "
    "until it was read once, after every rule of the eleventh session learnt on k, m and n "
    "(71/75 right, 0 invented), then read to mend the rules, development since",
    "2026-12-07q": "25 more pages of 25 more sites none of the sets had (one page each: "
    "schools and preschools, commune and district portals, a procuracy, a party committee, "
    "youth and trade unions, a disease-control centre, science associations, a city TV, an "
    "economic-zone board; every region), labelled the same way, held out until it was read "
    "once, after every rule of the eleventh session learnt on k, m, n and p (117/125 right, 1 "
    "invented), then read to mend the rules, development since",
    "2026-12-07r": "25 more pages of 25 more sites none of the sets had (one page each: a "
    "court, a procuracy, police, health centres, hospitals and disease-control centres, "
    "commune, ward and district portals, departments, a provincial TV; every region), "
    "labelled the same way, held out until it was read once, after every rule of the "
    "eleventh session learnt on k, m, n, p and q (121/125 right, 1 invented; the session's "
    "starting code 120/125, 2 invented), then read to mend the rules, development since",
    "2026-12-07s": "20 more pages of 20 more sites none of the sets had (one page each: "
    "commune, ward and district portals, a district party committee, procuracies, a "
    "transport department's board, provincial TV and broadcasting, schools; every region), "
    "labelled the same way, held out to the end of the eleventh session and read once after "
    "every rule of it (97/100 right, 1 invented; the session's starting code the same), then "
    "read to mend the rules, development since",
    "2026-12-07t": "25 more pages of 25 more sites none of the sets had (one page each: "
    "commune, ward and town portals and party committees, a district portal, provincial "
    "departments and police; every region), labelled by reading before the importer was run on "
    "them, held out and read once in the twelfth session (122/125 right, 3 invented; the "
    "session's starting code the same), then read to mend the rules, development since",
    "2026-12-07v": "25 more pages of 25 more sites none of the sets had (one page each: courts "
    "and procuracies, provincial departments, cooperative unions, agricultural extension, "
    "police, a district portal, a provincial paper's video site; most from the Mekong delta), "
    "labelled the same way, read first as development in the twelfth session (121/125 right, 1 "
    "invented; the session's starting code the same); a signature over its unit labelled as "
    "both, as realpages' a039",
    "2026-12-07u": "25 more pages of 25 more sites none of the sets had (one page each: "
    "schools from nursery to upper secondary, hospitals and a disease-control centre, the "
    "Red Cross, union and youth union pages; every region), labelled by reading before the "
    "importer was run on them, held out to the end of the twelfth session and read once after "
    "every rule of it (123/125 right, 1 invented; the session's starting code the same), then "
    "read to mend the rules, development since",
    "2026-12-07x": "25 more pages of 25 more sites none of the sets had (one page each: "
    "district, commune and ward portals, culture departments and centres, youth union and "
    "Front sites, police, a theatre and a city TV; north, centre, Highlands and south), "
    "labelled the same way, read first as development in the twelfth session",
    "2026-12-07y": "20 more pages of 20 more sites none of the sets had (one page each: ward, "
    "commune, district and city portals, education departments and offices, a district union, "
    "a commune youth union, nine schools; north, centre, Highlands and south), labelled the "
    "same way, read first as development in the twelfth session",
    "2026-12-07w": "25 more pages of 25 more sites none of the sets had (one page each: ten "
    "commune, ward, town and district portals, Front and mass organisations, departments, a "
    "procuracy and police, schools and health centres; every region), labelled by reading "
    "before the importer was run on them, held out to the very end of the twelfth session and "
    "read once after every rule of it (116/125 right, 3 invented; the session's starting code "
    "115/125, 4 invented), then read to mend the rules, development since",
    "2026-12-07z": "20 more pages of 20 more sites none of the sets had (one page each: "
    "fourteen schools, a provincial inspectorate, a rehabilitation centre, youth union and "
    "party cell pages, a provincial TV), labelled by reading before the importer was run on "
    "them, held out to the very end of the twelfth session and read once after every rule of it "
    "(92/100 right, 1 invented; the session's starting code the same), then read to mend the "
    "rules, development since",
    "2026-12-07aa": "22 more pages of 22 more sites none of the sets had (one page each: "
    "commune, ward and district portals, a provincial council, unions, youth and Front pages, "
    "schools, a disease-control centre, a provincial paper; every region), labelled by reading "
    "before the importer was run on them, read first as development in the thirteenth session "
    "(105/110 right, 1 invented)",
    "2026-12-07ab": "24 more pages of 24 more sites none of the sets had (one page each: "
    "commune and province portals, departments, a COVID portal, schools and a university, "
    "unions, a youth union, a provincial TV and papers; every region), labelled the same way, "
    "read first as development in the thirteenth session (115/120 right, 0 invented)",
    "2026-12-07ad": "32 more pages of 32 more sites none of the sets had (one page each: "
    "nineteen schools, commune and district portals, a party committee, a procuracy, youth "
    "union and culture pages; every region), labelled the same way, read first as development "
    "in the thirteenth session (155/160 right, 1 invented)",
    "2026-12-07ae": "29 more pages of 29 more sites none of the sets had (one page each: "
    "seventeen schools, commune, district and province portals, departments, a women's union, "
    "museums, a provincial paper; every region), labelled the same way, read first as "
    "development in the thirteenth session (141/145 right, 1 invented)",
    "2026-12-07af": "32 more pages of 32 more sites none of the sets had (one page each: "
    "twenty schools, commune, ward and city portals, procuracies, youth union and culture "
    "department pages; every region), labelled the same way, read first as development in the "
    "thirteenth session (151/160 right, 4 invented)",
    "2026-12-07ag": "31 more pages of 31 more sites none of the sets had (one page each: "
    "seventeen schools, commune, ward and district portals, departments, unions, a party "
    "committee, a science union, an industrial-zone authority; every region), labelled the "
    "same way, read first as development in the thirteenth session (146/155 right, 7 "
    "invented)",
    "2026-12-07ah": "27 more pages of 27 more sites none of the sets had (one page each: "
    "nineteen schools, commune and district portals, a population office, a provincial paper, "
    "a youth union, a literary review; every region), labelled the same way, read first as "
    "development in the thirteenth session (130/135 right, 3 invented)",
    "2026-12-07ai": "30 more pages of 30 more sites none of the sets had (one page each: "
    "schools, a military college, commune, ward and district portals, departments, youth and "
    "trade unions, a research centre; every region), labelled the same way, read first as "
    "development in the thirteenth session (146/150 right, 1 invented)",
    "2026-12-07aj": "32 more pages of 32 more sites none of the sets had (one page each: "
    "twenty-four schools and a university, ward and commune portals, a hospital, a provincial "
    "TV; every region), labelled the same way, read first as development in the thirteenth "
    "session (154/160 right, 5 invented)",
    "2026-12-07ak": "29 more pages of 29 more sites none of the sets had (one page each: "
    "sixteen schools, commune, district and province portals, departments, a trade union and a "
    "youth union, provincial papers; every region), labelled the same way, read first as "
    "development in the thirteenth session (140/145 right, 1 invented)",
    "2026-12-07ac": "24 more pages of 24 more sites none of the sets had (one page each: "
    "fourteen schools, ward, commune and town portals, a culture centre, a tourism centre, a "
    "justice office, a provincial TV; every region), labelled by reading before the importer "
    "was run on them, held out to the very end of the thirteenth session and read once with "
    "its last code (116/120 right, 1 invented; the session's starting code the same)",
    "2026-12-07al": "21 more pages of 21 more sites none of the sets had (one page each: "
    "fourteen schools, commune and district portals, a labour department, a provincial paper, "
    "a college's youth union; every region), labelled the same way, held out to the very end "
    "of the thirteenth session and read once with its last code (103/105 right, 0 invented; "
    "the session's starting code the same)",
    "2026-12-07am": "26 more pages of 26 more sites none of the sets had (one page each: "
    "thirteen schools and two universities, ward, commune and city portals, a museum, a "
    "health centre, a provincial council, a cadre school; every region), labelled the same "
    "way, held out to the very end of the thirteenth session and read once with its last code "
    "(125/130 right, 2 invented; the session's starting code 124/130, 2 invented)",
    "2026-12-07an": "32 more pages of 32 more sites none of the sets had (one page each: "
    "commune, ward and district portals, Front, youth union and justice pages, a health "
    "centre, provincial papers, many schools; every region), labelled by reading before the "
    "importer was run on them, read first as development in the fourteenth session",
    "2026-12-07ao": "32 more pages of 32 more sites none of the sets had (one page each: "
    "district and commune portals, Front, union and farmers' association sites, provincial "
    "departments, a procuracy, schools, a hospital, party and state journals; most from the "
    "Central Highlands and the centre), labelled by reading before the importer was run on "
    "them, read first as development in the fourteenth session",
    "2026-12-07aq": "28 more pages of 28 more sites none of the sets had (one page each: "
    "a commune and two ward portals, provincial TV, a political school, a military region, "
    "schools, a hospital, ministries' and national papers; most from the North), labelled by "
    "reading before the importer was run on them, read first as development in the "
    "fourteenth session",
    "2026-12-07ar": "28 more pages of 28 more sites none of the sets had (one page each: "
    "provincial departments and services, a district party committee, a central hospital, "
    "ministries' portals and journals, papers and radio; most from the South and the Mekong "
    "delta), labelled by reading before the importer was run on them, read first as "
    "development in the fourteenth session",
    "2026-12-07as": "6 pages of one school's site none of the sets had, each a capture of the "
    "article's text only (no headline, date, signature, count or section shown: every label "
    "null), labelled by reading before the importer was run on them, read first as "
    "development in the fourteenth session",
    "2026-12-07ap": "a fifth of the pages gathered in the fourteenth session (one page each of "
    "sites none of the sets had), labelled by reading, held out to the very end of the "
    "session and read once with its last code",
    "2026-12-07at": "30 more pages of 30 more sites none of the sets had (one page each: "
    "commune, ward and district portals, a health centre, provincial police, a party "
    "committee bloc, a national park, a provincial department, schools, provincial TV, papers "
    "and magazines; most from the centre and the Central Highlands), labelled by reading, "
    "held out whole to the very end of the fourteenth session and read once with its last "
    "code",
    "2026-12-07au": "30 more pages of 30 more sites none of the sets had (one page each: "
    "district and commune portals, statistics offices, a procuracy, forest rangers, a "
    "ministry, a national park, tourism portals, schools, universities and institutes, papers "
    "and journals; every region), labelled by reading, held out whole while the rules the "
    "held-out reads of ap and at showed were mended, and read once with the session's last "
    "code",
    "2026-12-07av": "30 more pages of 30 more sites none of the sets had (one page each: "
    "commune, ward and district portals, provincial departments and boards, national "
    "agencies, a district radio, schools and education offices; most captures open on the "
    "article's text), labelled by reading, held out whole and read once, in the fifteenth "
    "session, with the code the session started from and the two readings it mended first",
    "2026-12-07aw": "30 more pages of 30 more sites none of the sets had (one page each: "
    "provincial departments and boards, national agencies, heritage boards, district "
    "portals, provincial Buddhist Sangha sites, two papers; most captures show a headline), "
    "labelled by reading, held out whole and read once, in the fifteenth session, with the "
    "code of its third commit",
    "2026-12-07ax": "30 more pages of 30 more sites none of the sets had (one page each: a "
    "commune and a ward portal, a procuracy, a court's paper, police, provincial TV, a "
    "hospital, party schools, national papers' local news; most from the South and the "
    "Mekong delta), labelled by reading, held out whole and read once, in the fifteenth "
    "session, with the code of its third commit",
}
"""Later batches of ../gathered, each reported as a set of its own."""


def gathered_dir():
    return Path(os.environ.get("BANTIN_GATHERED_DIR") or REPO_ROOT.parent / "gathered")


def realpages_entries(shared=None):
    folder = (shared or shared_dir()) / "realpages"
    if not (folder / "labels.jsonl").is_file():
        return None
    return [
        Entry("realpages", row["id"], folder / "pages" / f"{row['id']}.txt", "text", row)
        for row in read_jsonl(folder / "labels.jsonl")
    ]


def realhtml_entries(shared=None):
    folder = (shared or shared_dir()) / "realhtml"
    if not (folder / "labels.jsonl").is_file():
        return None
    entries = []
    for row in read_jsonl(folder / "labels.jsonl"):
        labels = {
            **row,
            "category": row.get("section"),
            "first": row.get("first_body_sentence"),
            "last": row.get("last_body_sentence"),
        }
        entries.append(Entry("realhtml", row["id"], folder / "pages" / f"{row['id']}.html",
                             "html", labels))  # fmt: skip
    return entries


def gathered_entries(held_out, kind, gathered=None, batch=None):
    """The labelled pages of one set of ../gathered present there; ``batch`` picks a later
    held-out batch, gathered and labelled after the rules were written, reported apart."""
    folder = gathered or gathered_dir()
    if not (folder / "pages").is_dir() or not LABELS.is_file():
        return None
    set_name = gathered_set_name(held_out, kind, batch)
    return [
        Entry(set_name, row["id"], folder / row["file"], row["kind"], row)
        for row in read_jsonl(LABELS)
        if gathered_set_of(row) == set_name and (folder / row["file"]).is_file()
    ]


def gathered_set_name(held_out, kind, batch=None):
    return ("held out " if held_out else "gathered ") + kind + (f", {batch}" if batch else "")


def gathered_set_of(row):
    """The name of the set a labelled page of ../gathered is reported in."""
    return gathered_set_name(bool(row.get("held_out")), row["kind"], row.get("batch"))


def batch_kinds():
    """(batch, held out) of each later batch of labelled text pages, in BATCHES' order."""
    rows = read_jsonl(LABELS) if LABELS.is_file() else []
    kinds = {row["batch"]: bool(row.get("held_out")) for row in rows if row.get("batch")}
    return [(batch, kinds[batch]) for batch in BATCHES if batch in kinds]


def gathered_missing(gathered=None):
    """The labelled pages whose capture is not in the gathered folder (left out)."""
    return [row["id"] for row in gathered_missing_rows(gathered)]


def gathered_missing_rows(gathered=None):
    folder = gathered or gathered_dir()
    if not (folder / "pages").is_dir() or not LABELS.is_file():
        return []
    return [row for row in read_jsonl(LABELS) if not (folder / row["file"]).is_file()]


def incomplete_sets(gathered=None):
    """The names of the sets of ../gathered with a labelled page whose capture is absent."""
    return {gathered_set_of(row) for row in gathered_missing_rows(gathered)}


def sets(shared=None, gathered=None):
    """(name, fields, entries or None when the folder is absent, where to look)."""
    shared_folder = shared or shared_dir()
    gathered_folder = gathered or gathered_dir()
    return [
        ("realpages", TEXT_FIELDS, realpages_entries(shared_folder), shared_folder / "realpages"),
        ("realhtml", HTML_FIELDS, realhtml_entries(shared_folder), shared_folder / "realhtml"),
        ("gathered text", TEXT_FIELDS, gathered_entries(False, "text", gathered_folder),
         gathered_folder),
        ("gathered html", HTML_FIELDS, gathered_entries(False, "html", gathered_folder),
         gathered_folder),
        ("held out text", TEXT_FIELDS, gathered_entries(True, "text", gathered_folder),
         gathered_folder),
        ("held out html", HTML_FIELDS, gathered_entries(True, "html", gathered_folder),
         gathered_folder),
        *((f"{'held out' if held_out else 'gathered'} text, {batch}", TEXT_FIELDS,
           gathered_entries(held_out, "text", gathered_folder, batch), gathered_folder)
          for batch, held_out in batch_kinds()),
    ]  # fmt: skip


def check_labels(gathered=None):
    """Every label string of the gathered pages occurs in its page; returns the failures."""
    failures = []
    batches = [(False, "text", None), (False, "html", None), (True, "text", None),
               (True, "html", None),
               *((held_out, "text", batch) for batch, held_out in batch_kinds())]  # fmt: skip
    for held_out, kind, batch in batches:
        for entry in gathered_entries(held_out, kind, gathered, batch) or []:
            raw = entry.path.read_bytes().decode("utf-8")
            haystack = page_haystack(raw, entry.kind)
            for name in (*TEXT_FIELDS, "lead", "first", "last"):
                want = entry.labels.get(name)
                if want is None:
                    continue
                if name == "published":
                    ok = date_label_on_page(want, haystack)
                elif name == "views":
                    ok = str(want) in haystack.replace(".", "").replace(",", "")
                else:
                    ok = normal(want) in haystack
                if not ok:
                    failures.append((entry.page_id, name, want))
    return failures


def date_label_on_page(label, haystack):
    year, month, *rest = (int(x) for x in re.findall(r"\d+", label)[:3])
    if f" date {label[:7]}" in f" {haystack}" or f"date {label}" in haystack:
        return True
    days = dates_on(haystack)
    if not rest:
        return any((y, m) == (year, month) for y, m, _ in days)
    # a labeller may read an ambiguous date month first ("4/10/2019 3:41:55 PM"), as the page's
    # own story shows it was meant; the importer reads it day first
    return (year, month, rest[0]) in days or (year, rest[0], month) in days


def print_tally(tally):
    print(f"{tally.name}: {tally.pages} trang ({tally.unreadable} không đọc được), "
          f"{tally.seconds:.2f} s")  # fmt: skip
    print(f"  {'trường':<10} {'đúng':>9} {'tỉ lệ':>7}   {'có trên trang, đọc đúng':>22}")
    for name in tally.fields:
        print(
            f"  {name:<10} {tally.right[name]:>4}/{tally.pages:<4} {tally.share(name):7.1%}"
            f"   {tally.found[name]:>14}/{tally.shown[name]}"
        )
    total = tally.pages * len(tally.fields)
    print(f"  {'tổng':<10} {sum(tally.right.values()):>4}/{total}  {tally.overall:7.1%}")
    print(f"  giá trị bịa ra: {len(tally.invented)} (trên trang đăng không cần duyệt: "
          f"{tally.invented_live})")  # fmt: skip
    for page_id, name, want, got in tally.invented:
        print(f"    {page_id} {name}: nhãn {want!r}, đọc được {got!r}")
    print(f"  cần duyệt lại: {tally.review}/{tally.pages}; có tiêu đề và ngày: "
          f"{tally.headline_and_date}, trong đó đăng được không cần duyệt: "
          f"{tally.published_without_review}")  # fmt: skip
    print(f"  trong {tally.headline_and_date} trang đó, đọc được cả tiêu đề và ngày: "
          f"{tally.headline_and_date_read}; đăng nhờ chuyên mục mặc định: "
          f"{tally.blocked_only_by_section}")  # fmt: skip


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--json", metavar="PATH", help="ghi các trường sai ra tệp JSON (- : stdout)"
    )
    parser.add_argument("--check-labels", action="store_true", help="kiểm tra nhãn của ../gathered")
    parser.add_argument(
        "--no-furniture", action="store_true", help="đọc từng trang riêng, không học dòng lặp lại"
    )
    parser.add_argument(
        "--no-address", action="store_true", help="đọc như khi không biết địa chỉ gốc của trang"
    )
    args = parser.parse_args(argv)
    if args.check_labels:
        failures = check_labels()
        for page_id, name, want in failures:
            print(f"{page_id} {name}: {want!r} không có trong trang")
        print(f"{len(failures)} nhãn không khớp trang")
        return 1 if failures else 0
    report = {"sets": [], "wrong": []}
    missing = gathered_missing()
    if missing:
        print(f"gathered: {len(missing)} trang có nhãn nhưng không có bản chụp, bỏ qua",
              file=sys.stderr)  # fmt: skip
    for name, fields, entries, folder in sets():
        if entries is None:
            print(f"{name}: bỏ qua, không có dữ liệu ở {folder}", file=sys.stderr)
            continue
        if not entries:
            why = (
                "không có bản chụp nào"
                if name in incomplete_sets()
                else "chưa có trang nào được gắn nhãn"
            )
            print(f"{name}: bỏ qua, {why}", file=sys.stderr)
            continue
        tally = score(
            entries, name, fields, furniture=not args.no_furniture, address=not args.no_address
        )
        if args.json != "-":
            print_tally(tally)
        report["sets"].append(tally.summary())
        report["wrong"].extend(tally.wrong)
    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=1, default=str)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
