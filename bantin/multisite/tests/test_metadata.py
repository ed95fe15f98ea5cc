"""Dublin Core on every page type (Decree 224 and the portal criteria ask it), OpenGraph
beside it and schema.org NewsArticle on articles."""

import datetime
import json
import re
from html import unescape

import pytest

from bantin.consultation.testing import publish_draft
from bantin.enquiries.testing import answer_and_publish, receive
from bantin.introduction.testing import publish_english, publish_introduction
from bantin.legaldocs.testing import publish_document
from bantin.multisite.models import PortalSettings
from bantin.multisite.sitetree import ensure_sitemap
from bantin.workcalendar.testing import entry, publish_week

DC_NAMES = ["title", "creator", "date", "description", "publisher", "identifier", "language"]


def meta_tags(html):
    head = html[: html.index("</head>")]
    tags = {}
    for _attribute, name, content in re.findall(
        r'<meta (name|property)="([^"]+)" content="([^"]*)">', head
    ):
        tags[name] = unescape(content)
    return tags


def every_page_type(site):
    """{page type: its address} for one page of each type a site has."""
    PortalSettings.objects.filter(site=site).update(full_name="UBND Phường Thử Nghiệm")
    from bantin.news.testing import publish_article

    article = publish_article(site, title="Hội nghị “Dân vận khéo” & tổng kết", slug="hoi-nghi")
    document = publish_document(site)
    draft = publish_draft(site)
    monday = datetime.date(2026, 11, 23)
    publish_week(site, monday, entries=[entry(monday, hour=8)])
    enquiry = answer_and_publish(receive(site))
    publish_introduction(site)
    publish_english(site)
    ensure_sitemap(site)
    return {
        "home": "/",
        "section": "/tin-tuc-su-kien/",
        "article": article.url,
        "archive": "/luu-tru/2024/3/",
        "search": "/tim-kiem/?q=hoi+nghi",
        "library": "/van-ban/",
        "document": document.url,
        "consultation": "/lay-y-kien-du-thao/",
        "draft": draft.url,
        "calendar": "/lich-cong-tac/2026/11/23/",
        "enquiries": "/hoi-dap/",
        "enquiry form": "/hoi-dap/gui/",
        "answer": f"/hoi-dap/{enquiry.pk}/",
        "introduction": "/gioi-thieu/",
        "english": "/english/",
        "sitemap": "/so-do-trang/",
    }


@pytest.mark.django_db
def test_every_page_type_has_every_dublin_core_tag_and_opengraph(client, site):
    for name, url in every_page_type(site).items():
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        tags = meta_tags(response.content.decode())
        for dc in DC_NAMES:
            assert tags.get(f"DC.{dc}", "").strip(), f"{name} ({url}) lacks DC.{dc}"
        assert tags["DC.publisher"] == "UBND Phường Thử Nghiệm", name
        assert tags["DC.identifier"] == f"http://testserver{url.split('?')[0]}", name
        assert tags["DC.language"] == ("en" if name == "english" else "vi"), name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", tags["DC.date"]), name
        for og in ("og:title", "og:description", "og:type", "og:url", "og:site_name"):
            assert tags.get(og), f"{name} lacks {og}"


@pytest.mark.django_db
def test_an_article_says_who_wrote_it_when_and_is_a_news_article(client, site):
    from bantin.news.testing import publish_article

    article = publish_article(site, title="Hội nghị “Dân vận khéo” & </script> tổng kết")
    html = client.get(article.url).content.decode()
    tags = meta_tags(html)
    assert tags["DC.title"] == "Hội nghị “Dân vận khéo” & </script> tổng kết"
    assert tags["DC.creator"] == "Minh Châu"
    assert tags["DC.date"] == "2024-03-15"
    assert tags["DC.description"] == "Sapo của bài viết."
    assert tags["og:type"] == "article"
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, "no JSON-LD"
    data = json.loads(block.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == tags["DC.title"]
    assert data["datePublished"].startswith("2024-03-15T09:30:00+07:00")
    assert data["author"] == {"@type": "Person", "name": "Minh Châu"}
    assert data["publisher"]["name"] == "Phường Thử Nghiệm"


@pytest.mark.django_db
def test_a_paper_signing_an_article_is_its_author_as_an_organisation(client, site):
    from bantin.news.testing import publish_article

    article = publish_article(site, byline="Báo điện tử Hòa Bình")
    html = client.get(article.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    author = json.loads(block.group(1))["author"]
    assert author == {"@type": "Organization", "name": "Báo điện tử Hòa Bình"}


@pytest.mark.django_db
def test_other_pages_carry_no_news_article(client, site):
    html = client.get("/").content.decode()
    assert "application/ld+json" not in html
    assert meta_tags(html)["og:type"] == "website"
