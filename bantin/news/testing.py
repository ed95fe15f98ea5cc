"""Building articles in tests and benchmarks without the admin."""

import datetime
from zoneinfo import ZoneInfo

from bantin.news.models import ArticlePage, SectionPage
from bantin.vietnamese import slugify

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def publish_article(
    site,
    title="Hội nghị tổng kết công tác năm",
    section="Tin tức sự kiện",
    published_at=None,
    body=("Nội dung bài viết.",),
    lead="Sapo của bài viết.",
    byline="Minh Châu",
    slug=None,
):
    parent = SectionPage.objects.child_of(site.root_page).get(title=section)
    article = ArticlePage(
        title=title,
        slug=slug or slugify(title),
        lead=lead,
        byline=byline,
        published_at=published_at or datetime.datetime(2024, 3, 15, 9, 30, tzinfo=LOCAL),
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in body],
    )
    parent.add_child(instance=article)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)
