import pytest

from bantin.legaldocs.sample import ensure_library
from bantin.multisite.sitetree import ensure_sitemap, site_tree
from bantin.news.models import SectionPage


@pytest.mark.django_db
def test_the_sitemap_page_shows_sections_and_pages_but_not_each_article(client, make_article):
    article = make_article(title="Một bài bất kỳ", slug="mot-bai")
    section = SectionPage.objects.get(title="Tin tức sự kiện")
    # a page holding pages of its own is listed under its parent (made here in code: no
    # page type nests sections yet)
    sub = SectionPage(title="Tin phường bạn", slug="tin-phuong-ban")
    section.add_child(instance=sub)
    sub.save_revision().publish()
    inner = SectionPage(title="Bài trong mục con", slug="bai-trong-muc-con")
    sub.add_child(instance=inner)
    inner.save_revision().publish()
    site = article.get_site()
    ensure_library(site)
    ensure_sitemap(site)
    html = client.get("/so-do-trang/").content.decode()
    tree = html[html.index('class="site-tree"') :]
    for text in ('href="/tin-tuc-su-kien/">Tin tức sự kiện', 'href="/van-ban/">Văn bản'):
        assert text in tree
    # the subsection is nested in its section's item, the article not listed at all
    news = tree.index("Tin tức sự kiện")
    assert tree.index("Tin phường bạn") > news
    assert "<ul>" in tree[news : tree.index("Tin phường bạn")]
    assert "Một bài bất kỳ" not in tree and "Bài trong mục con" not in tree
    assert 'href="/sitemap.xml"' in html


@pytest.mark.django_db
def test_private_and_draft_pages_stay_out_of_the_tree(site):
    from wagtail.models import PageViewRestriction

    section = SectionPage.objects.get(title="Đảng - đoàn thể")
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")
    draft = SectionPage(title="Chưa đăng", slug="chua-dang", live=False)
    site.root_page.add_child(instance=draft)
    titles = [branch.title for branch in site_tree(site.root_page).children]
    assert "Tin tức sự kiện" in titles
    assert "Đảng - đoàn thể" not in titles and "Chưa đăng" not in titles


@pytest.mark.django_db
def test_every_page_links_to_the_sitemap_page_once_it_exists(client, site):
    assert "Sơ đồ trang</a> ·" not in client.get("/").content.decode()
    ensure_sitemap(site)
    footer = client.get("/").content.decode().split('class="site-footer"')[1]
    assert '<a href="/so-do-trang/">Sơ đồ trang</a>' in footer
