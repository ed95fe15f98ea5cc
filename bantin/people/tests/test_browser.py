"""An editor merges two records of one person in the Wagtail admin, in real Chromium."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bantin.news.testing import publish_article
from bantin.people.models import Correction, Mention, Person
from bantin.people.testing import when

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-dai-12"


@pytest.fixture
def two_spellings(site):
    publish_article(
        site,
        title="Tiếp xúc cử tri",
        published_at=when(2),
        body=("Bà Nguyễn Thị Thu Hằng, Chủ tịch UBND phường, trả lời cử tri.",),
    )
    publish_article(
        site,
        title="Ra quân làm sạch đường phố",
        slug="ra-quan",
        published_at=when(9),
        body=("Bà Nguyễn Thu Hằng, Chủ tịch UBND phường, dự lễ ra quân.",),
    )
    return site


@pytest.fixture
def editor_page(chromium, live_server, two_spellings):
    user = get_user_model().objects.create_user("bientap", password=PASSWORD)
    user.groups.add(Group.objects.get(name=f"{two_spellings.site_name} - Biên tập viên"))
    context = chromium.new_context(base_url=live_server.url, locale="vi-VN")
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("bientap")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    yield page
    context.close()


def test_an_editor_merges_two_spellings_of_one_name(editor_page, expect):
    page = editor_page
    page.get_by_role("link", name="Lãnh đạo nêu trong tin").click()
    page.get_by_label("Chọn Nguyễn Thị Thu Hằng").check()
    page.get_by_label("Chọn Nguyễn Thu Hằng").check()
    page.get_by_role("button", name="Gộp những người đã chọn").click()

    page.get_by_label(re.compile("^Nguyễn Thị Thu Hằng")).check()
    page.get_by_role("button", name="Gộp", exact=True).click()

    expect(page.get_by_text("Đã gộp 2 hồ sơ thành “Nguyễn Thị Thu Hằng”")).to_be_visible()
    expect(page.get_by_text("(viết là “Nguyễn Thu Hằng”)")).to_be_visible()
    kept = Person.objects.get()
    assert kept.name == "Nguyễn Thị Thu Hằng"
    assert Mention.objects.filter(person=kept).count() == 2
    assert Correction.objects.filter(person=kept, post_key="").exists()
