"""The sections (chuyên mục) of a site, found by name once per run and made when missing."""

import re

from bantin.legacy.reading.dating import DEFAULT_SECTION
from bantin.news.models import SectionPage
from bantin.news.models.slugs import unique_slug
from bantin.vietnamese import fold

UNSORTED_SECTION = "Chưa phân loại"
WORD = re.compile(r"\w+")


def section_key(name):
    """ "Tin tức - Sự kiện", "Tin tức sự kiện" and "TIN TỨC SỰ KIỆN" are one section."""
    return " ".join(WORD.findall(fold(name)))


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
            self._by_key[key] = self.default_news(key) or self.create(title, live=name is not None)
        return self._by_key[key]

    def default_news(self, key):
        """For the default section ("Tin tức") on a site whose news section has a longer
        name ("Tin tức - Sự kiện", "Tin tức sự kiện"), that section, the first in the menu."""
        if key != section_key(DEFAULT_SECTION):
            return None
        longer = [
            (section.path, section)
            for found, section in self._by_key.items()
            if found.startswith(key + " ") and section.live
        ]
        return min(longer, key=lambda pair: pair[0])[1] if longer else None

    def create(self, title, live):
        section = SectionPage(title=title, slug=unique_slug(self.home, title), live=live)
        self.home.add_child(instance=section)
        if live:
            section.save_revision().publish()
        return section

    def forget(self):
        """After a rolled-back page: a section it made may not exist any more."""
        self._by_key = None


def section_ids(home):
    """The ids of the home's sections now: compared after an import, the sections it made."""
    return set(SectionPage.objects.child_of(home).values_list("pk", flat=True))


def made_sections_line(home, before):
    """ "Chuyên mục mới: «A», «B» …" for the live sections an import made (they show in the
    site's menu at once), else None: the editor checks a name read off the old pages."""
    made = SectionPage.objects.child_of(home).live().exclude(pk__in=before).order_by("path")
    names = [f"«{section.title}»" for section in made]
    if not names:
        return None
    return (
        f"Chuyên mục mới ({len(names)}, đã hiện trên menu của trang): {', '.join(names)}; "
        "xem lại tên, đổi tên hoặc gỡ xuất bản trong trang quản trị nếu không đúng"
    )
