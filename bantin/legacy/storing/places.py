"""Where a batch's new articles go: the tree path after the section's last child, and a
slug free among its children. Each is read once per section and batch, not once per page.

On SQLite the batch's transaction holds the only write lock, so nobody adds a child to the
section meanwhile. On PostgreSQL an editor may: the next article then fails on the taken
path (reported, imported by a rerun), and the places are read again.
"""

from wagtail.models import Page

from bantin.news.models.slugs import children_of, taken_slugs
from bantin.vietnamese import free_slug, numbered_slugs


def last_child_step(parent):
    """See sections.children_of for why this is a range on path."""
    last = children_of(parent).order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) if last else 0


class Places:
    def __init__(self, names):
        """``names``: what the batch's new articles may be named by (titles, file stems)."""
        self.bases = {numbered_slugs(name)[0] for name in names}
        self.last_step = {}
        self.taken = {}
        self.numbered = {}

    def path_for(self, section):
        if section.pk not in self.last_step:
            self.last_step[section.pk] = last_child_step(section)
        self.last_step[section.pk] += 1
        return Page._get_path(section.path, section.depth + 1, self.last_step[section.pk])

    def slug_for(self, section, name):
        """The first slug of the name free in the section; the numbered ones ("-2", "-3"...)
        are looked up only when the plain one is taken, once per name and batch."""
        candidates = numbered_slugs(name)
        if section.pk not in self.taken:
            self.read_taken(section)
        taken, numbered = self.taken[section.pk], self.numbered[section.pk]
        if candidates[0] not in self.bases:
            taken |= taken_slugs(section, candidates)
        elif candidates[0] in taken and candidates[0] not in numbered:
            taken |= taken_slugs(section, candidates[1:])
            numbered.add(candidates[0])
        slug = free_slug(candidates, taken)
        taken.add(slug)
        return slug

    def read_taken(self, section):
        """The batch's slugs already taken in the section, and the numbered slugs of those
        that are: two queries, however many of the batch's names are taken."""
        taken = taken_slugs(section, self.bases)
        numbered = [slug for base in taken for slug in numbered_slugs(base)[1:]]
        if numbered:
            taken |= taken_slugs(section, numbered)
        self.taken[section.pk] = taken
        self.numbered[section.pk] = {base for base in self.bases if base in taken}

    def forget(self):
        """After a rolled-back page: what was read may have been its own doing."""
        self.last_step.clear()
        self.taken.clear()
        self.numbered.clear()
