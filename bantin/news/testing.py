"""Building articles in tests and benchmarks without the admin."""

import datetime
import io

from django.core.files.images import ImageFile

from bantin.news.models import ArticlePage, SectionPage
from bantin.vietnamese import TIMEZONE, slugify


def publish_article(
    site,
    title="Hội nghị tổng kết công tác năm",
    section="Tin tức sự kiện",
    published_at=None,
    body=("Nội dung bài viết.",),
    lead="Sapo của bài viết.",
    byline="Minh Châu",
    slug=None,
    image=None,
    blocks=(),
):
    """Publishes an article; `blocks` are further body blocks as StreamField data."""
    parent = SectionPage.objects.child_of(site.root_page).get(title=section)
    article = ArticlePage(
        title=title,
        slug=slug or slugify(title),
        lead=lead,
        byline=byline,
        published_at=published_at or datetime.datetime(2024, 3, 15, 9, 30, tzinfo=TIMEZONE),
        body=[
            *({"type": "paragraph", "value": f"<p>{text}</p>"} for text in body),
            *blocks,
        ],
        image=image,
    )
    parent.add_child(instance=article)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def make_image(title="Ảnh thử", size=(640, 400), colour=(40, 90, 140)):
    """A Wagtail image from a small generated JPEG."""
    from PIL import Image
    from wagtail.images import get_image_model

    data = io.BytesIO()
    Image.new("RGB", size, colour).save(data, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(data, name=f"{slugify(title) or 'anh'}.jpg")
    )


def restore_base_data():
    """Puts back the rows that migrations create and a transactional test's flush removes.

    Tests on a live server end with every table emptied. Creating a site needs Wagtail's
    default locale, root page and root collection, and the permissions given to its roles.
    """
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    if not Permission.objects.exists():
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.get_first_root_node():
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=locale,
                content_type=ContentType.objects.get_for_model(Page),
            )
        )
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
