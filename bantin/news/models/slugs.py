"""The one slug rule for pages: an ASCII slug folded from Vietnamese, free among the page's
siblings (the next numbered one, "-2", "-3"..., when taken). The pure part is
bantin.vietnamese.numbered_slugs / free_slug; the importer, `bantin site add` and the admin
all come here."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from bantin.vietnamese import free_slug, numbered_slugs, slugify


def children_of(parent):
    """The parent's children by a range on path: SQLite's case-insensitive LIKE (what
    ``child_of`` uses) cannot use the path index, and would scan a 20,000-article section for
    every new article."""
    last_possible = parent.path + Page.alphabet[-1] * Page.steplen
    return Page.objects.filter(path__range=(parent.path, last_possible), depth=parent.depth + 1)


def taken_slugs(parent, candidates, exclude=None):
    """Which of the candidates the parent's children (but ``exclude``) already use."""
    children = children_of(parent).filter(slug__in=candidates)
    if exclude is not None and exclude.pk:
        children = children.exclude(pk=exclude.pk)
    return set(children.values_list("slug", flat=True))


def unique_slug(parent, text, fallback="bai-viet"):
    """A slug for a new child named ``text``, free among the parent's children."""
    candidates = numbered_slugs(text, fallback=fallback)
    return free_slug(candidates, taken_slugs(parent, candidates))


def free_sibling_slug(parent, slug, page=None):
    """``slug`` itself when no other child of the parent has it, else the next free one."""
    if not taken_slugs(parent, [slug], exclude=page):
        return slug
    candidates = numbered_slugs(slug)
    return free_slug(candidates, taken_slugs(parent, candidates, exclude=page))


class FreeSlugPageForm(WagtailAdminPageForm):
    """An admin page form whose slug is folded to ASCII and made free among the siblings
    before Wagtail checks it, so that a second "Lịch công tác tuần" in a section is saved
    as lich-cong-tac-tuan-2 instead of being refused (or failing after the check)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False  # made from the title when left empty

    def clean_slug(self):
        given = self.cleaned_data.get("slug") or ""
        title = self.cleaned_data.get("title") or ""
        if not given and not title:
            return given  # left for the page to name itself (a work week)
        slug = slugify(given) or slugify(title) or "bai-viet"
        if self.parent_page is None:
            return slug
        return free_sibling_slug(self.parent_page, slug, page=self.instance)


class AsciiSlugMixin:
    """Folds every slug to ASCII: "Đảng bộ Quận" becomes "dang-bo-quan".

    Wagtail's own transliteration has no Vietnamese table (it drops or mangles đ and stacked
    marks), so the slug it proposes from the title is replaced here on every save. When the
    folding itself makes the slug collide with a sibling's ("họp" and "hop"), the next free
    one is taken instead of failing the save.
    """

    base_form_class = FreeSlugPageForm

    def full_clean(self, *args, **kwargs):
        given = self.slug
        self.slug = slugify(self.slug or "") or slugify(self.title or "") or "bai-viet"
        if self.slug != given and self.path and self.depth > 1:
            self.slug = free_sibling_slug(self.get_parent(), self.slug, page=self)
        super().full_clean(*args, **kwargs)
