"""A second article with the same title in a section is saved under the next free slug,
in real Chromium: no error page, nothing typed is lost, autosave keeps working."""

import pytest

from bantin.news.models import ArticlePage, SectionPage
from bantin.news.testing import restore_base_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Lịch tiếp công dân tuần này"


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


def test_same_title_twice_in_a_section_gets_the_next_free_slug(
    admin_browser, superuser, make_article, expect
):
    first = make_article(title=TITLE)
    section = SectionPage.objects.get(pk=first.get_parent().pk)
    page = admin_browser(superuser)
    failures = []
    page.on("response", lambda r: failures.append(r.url) if r.status >= 500 else None)

    page.goto(f"/admin/pages/add/news/articlepage/{section.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_lead").fill("Sapo do biên tập viên gõ.")
    page.wait_for_timeout(1500)  # gives autosave its turn; the asserts below do not time it
    page.locator("button.action-save").first.click()

    expect(page.locator(".messages")).to_contain_text(TITLE)
    assert failures == []
    again = ArticlePage.objects.exclude(pk=first.pk).get(title=TITLE)
    assert again.slug == f"{first.slug}-2"
    assert again.get_latest_revision_as_object().lead == "Sapo do biên tập viên gõ."
    assert ArticlePage.objects.get(pk=first.pk).slug == first.slug


def test_folding_a_slug_onto_a_siblings_takes_the_next_free_one(make_article):
    first = make_article(title="Họp giao ban")
    section = first.get_parent()
    second = ArticlePage(title="Họp giao ban", slug="họp-giao-ban", published_at=first.published_at)
    section.add_child(instance=second)
    assert (first.slug, second.slug) == ("hop-giao-ban", "hop-giao-ban-2")
