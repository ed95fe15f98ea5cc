"""The sections (chuyên mục) of a site, found by name once per run and made when missing."""

import re
import uuid

from wagtail.models import Page

from bantin.news.models import SectionPage
from bantin.vietnamese import fold, slugify

UNSORTED_SECTION = "Chưa phân loại"
SLUG_LENGTH = 70
SLUG_TRIES = 10
WORD = re.compile(r"\w+")


def section_key(name):
    """ "Tin tức - Sự kiện", "Tin tức sự kiện" and "TIN TỨC SỰ KIỆN" are one section."""
    return " ".join(WORD.findall(fold(name)))


def children_of(parent):
    """The parent's children by a range on path: SQLite's case-insensitive LIKE (what
    ``child_of`` uses) cannot use the path index, and would scan a 20,000-article section for
    every new article."""
    last_possible = parent.path + Page.alphabet[-1] * Page.steplen
    return Page.objects.filter(path__range=(parent.path, last_possible), depth=parent.depth + 1)


def slug_candidates(text):
    """Slugs for a page named ``text``, best first, short enough for the 80-character slugs
    the news models keep (a longer one would be cut and collide again)."""
    base = slugify(text, max_length=SLUG_LENGTH) or "bai-viet"
    return [base, *(f"{base}-{number}" for number in range(2, SLUG_TRIES + 2))]


def free_slug(candidates, taken):
    free = next((slug for slug in candidates if slug not in taken), None)
    return free or f"{candidates[0]}-{uuid.uuid4().hex[:8]}"


def taken_slugs(parent, candidates):
    return set(children_of(parent).filter(slug__in=candidates).values_list("slug", flat=True))


def unique_slug(parent, text):
    """A slug free among the parent's children."""
    candidates = slug_candidates(text)
    return free_slug(candidates, taken_slugs(parent, candidates))


class SectionCache:
    def __init__(self, home):
        self.home = home
        self._by_key = None

    def get(self, name):
        """The home's section of that name; a missing one is made (published when the page
        named it, unpublished "Chưa phân loại" for pages that named none)."""
        if self._by_key is None:
            self._by_key = {
                section_key(section.title): section
                for section in SectionPage.objects.child_of(self.home)
            }
        title = name or UNSORTED_SECTION
        key = section_key(title)
        if key not in self._by_key:
            self._by_key[key] = self.create(title, live=name is not None)
        return self._by_key[key]

    def create(self, title, live):
        section = SectionPage(title=title, slug=unique_slug(self.home, title), live=live)
        self.home.add_child(instance=section)
        if live:
            section.save_revision().publish()
        return section

    def forget(self):
        """After a rolled-back page: a section it made may not exist any more."""
        self._by_key = None
