"""Load a parsed legacy page into the site: one transaction per page, nothing half-made.

Flow: page text -> parse_text_page (pure) -> load_page -> article + revision (+ images).
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from bantin.counters.models import carry_over_article_views, carry_over_site_visits
from bantin.legacy.record import LegacyPageError
from bantin.legacy.textpage import parse_text_page
from bantin.news.models import ArticlePage, HomePage, SectionPage
from bantin.vietnamese import fold, slugify

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")
UNSORTED_SECTION = "Chưa phân loại"
MAX_PAGE_BYTES = 5 * 1024 * 1024


@dataclass
class LoadResult:
    source: str
    action: str  # "created", "updated" or "unchanged"
    page: ArticlePage
    review_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_page_text(path):
    """The text of a saved page; UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise LegacyPageError(str(path), f"tệp quá lớn ({size} byte, tối đa {MAX_PAGE_BYTES})")
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LegacyPageError(str(path), "tệp nhị phân, không phải trang văn bản")
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LegacyPageError(str(path), "không đọc được: tệp không phải UTF-8 hay UTF-16")


def sidecar_images(path, count):
    """Photos saved beside a page as STEM-1.jpg, STEM-2.png, ... in caption order."""
    path = Path(path)
    found = []
    for number in range(1, count + 1):
        candidates = [path.with_name(f"{path.stem}-{number}{suffix}") for suffix in IMAGE_SUFFIXES]
        found.append(next((c for c in candidates if c.exists()), None))
    return found


def import_file(path, site, source=None):
    """Parse and load one file; raises LegacyPageError naming the file on bad input."""
    source = source or str(Path(path).resolve())
    text = read_page_text(path)
    record = parse_text_page(text, source=source)
    images = sidecar_images(path, len(record.captions))
    return load_page(record, site, images)


@transaction.atomic
def load_page(record, site, images=()):
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise LegacyPageError(record.source, f"trang gốc của {site.hostname} không phải trang chủ")
    existing = ArticlePage.objects.filter(source=record.source).descendant_of(home).first()
    section = find_or_create_section(home, record.section)
    article = existing or ArticlePage()
    warnings = list(record.warnings)
    article.title = record.title or f"(Chưa có tiêu đề) {Path(record.source).name}"
    article.lead = record.lead
    body = body_stream(record.blocks, images, collection_for(site), warnings)
    article.body = body
    article.byline = record.byline or ""
    article.published_at = record.published
    article.source = record.source
    article.review_reasons = list(record.review_reasons)
    article.image_id = first_image_id(body)
    if existing is None:
        article.slug = unique_slug(section, record.title or Path(record.source).stem)
        article.live = False
        section.add_child(instance=article)
    elif existing.get_parent().pk != section.pk:
        article.save()
        article.move(section, pos="last-child")
        article = ArticlePage.objects.get(pk=article.pk)
    revision = article.save_revision(log_action="wagtail.edit" if existing else "wagtail.create")
    if record.needs_review:
        if article.live:
            article.unpublish()
    else:
        if article.first_published_at is None and record.published:
            ArticlePage.objects.filter(pk=article.pk).update(first_published_at=record.published)
            article.first_published_at = record.published
        revision.publish()
    if record.views is not None:
        carry_over_article_views(article.pk, record.views)
    if record.site_visits:
        carry_over_site_visits(site.pk, record.site_visits)
    return LoadResult(
        source=record.source,
        action="updated" if existing else "created",
        page=article,
        review_reasons=list(record.review_reasons),
        warnings=warnings,
    )


def find_or_create_section(home, name):
    """The home's section of that name, compared without diacritics; made when missing."""
    title = name or UNSORTED_SECTION
    for section in SectionPage.objects.child_of(home):
        if fold(section.title) == fold(title):
            return section
    section = SectionPage(title=title, slug=unique_slug(home, title), live=name is not None)
    home.add_child(instance=section)
    if name is not None:
        section.save_revision().publish()
    return section


def unique_slug(parent, text):
    base = slugify(text) or "bai-viet"
    taken = set(Page.objects.child_of(parent).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def collection_for(site):
    """Each site keeps its images in a collection of its own."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=site.site_name).first()
    return existing or root.add_child(name=site.site_name)


def body_stream(blocks, images, collection, warnings):
    """StreamField data (its JSON form) from parsed blocks; text is escaped, never trusted."""
    stream = []
    image_files = iter(images)
    for block in blocks:
        if block.kind == "caption":
            image_path = next(image_files, None)
            if image_path is None:
                warnings.append(f"thiếu ảnh cho chú thích: {block.text[:60]}")
                stream.append(paragraph(f"<i>Ảnh: {escape(block.text)}</i>"))
                continue
            image = store_image(image_path, block.text, collection)
            value = {"image": image.pk, "caption": block.text, "alt": ""}
            stream.append({"type": "image", "value": value})
        elif block.kind == "turn":
            value = {"speaker": block.speaker, "text": f"<p>{escape(block.text)}</p>"}
            stream.append({"type": "interview_turn", "value": value})
        else:
            stream.append(paragraph(escape(block.text)))
    return stream


def paragraph(html):
    return {"type": "paragraph", "value": f"<p>{html}</p>"}


def store_image(path, caption, collection):
    Image = get_image_model()
    with open(path, "rb") as handle:
        image = Image(title=caption[:255], collection=collection)
        image.file = ImageFile(handle, name=Path(path).name)
        image.save()
    return image


def first_image_id(body):
    return next((block["value"]["image"] for block in body if block["type"] == "image"), None)
