"""The admin screen for the pages an import flagged: the original text beside the fields,
fix and publish in one step, publish many at once, each site's pages for its own editors."""

import io
from datetime import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from bantin.legacy.models import FlaggedOriginal
from bantin.legacy.reading import read_page
from bantin.legacy.reading.sources import FolderPage
from bantin.news.models import ArticlePage, SectionPage
from bantin.news.tests.conftest import ADMIN_PASSWORD
from bantin.vietnamese import TIMEZONE

NO_SECTION = """Thôn Đồng Tâm khánh thành sân thể thao mới
Ngày đăng: 09/10/2025 07:45

Sáng 8/10, thôn Đồng Tâm khánh thành sân thể thao được xây dựng bằng nguồn vốn nhân dân đóng góp.

Sân có diện tích hơn một nghìn mét vuông, phục vụ bóng chuyền và cầu lông cho cả thôn.

Quang Vinh
"""
NO_DATE = """Hoạt động Chính quyền

Phường tổ chức đối thoại với hộ kinh doanh trên tuyến chợ

Chiều qua, lãnh đạo phường đối thoại với các hộ kinh doanh về sắp xếp lại lối đi trong chợ.

Các ý kiến được ghi nhận và trả lời ngay tại buổi đối thoại.

Bảo Ngọc
"""
# Cut in the middle of a character: everything is read, the editor checks the end by hand.
CUT_SHORT = (
    "Tin tức sự kiện\n\nHội Phụ nữ phường trao quà cho hội viên khó khăn\n"
    "Ngày đăng 02/09/2025 | 08:10\n\n"
    "Sáng 1/9, Hội Phụ nữ phường trao hai mươi suất quà cho hội viên có hoàn cảnh khó khăn.\n\n"
    "Lan Phương\n"
).encode() + "ữ".encode()[:2]


# The operator keeps the pages that name no section for review instead of the news section.
KEEP_SECTIONLESS = "--review-unsectioned"


def run_import(folder, *options):
    out = io.StringIO()
    call_command("import_pages", str(folder), *options, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def flagged(site, tmp_path):
    folder = tmp_path / "cong-cu"
    folder.mkdir()
    (folder / "san-the-thao.txt").write_text(NO_SECTION, encoding="utf-8")
    (folder / "doi-thoai.txt").write_text(NO_DATE, encoding="utf-8")
    (folder / "trao-qua.txt").write_bytes(CUT_SHORT)
    out = run_import(folder, KEEP_SECTIONLESS)
    assert "3 cần duyệt" in out
    return {
        key: ArticlePage.objects.get(title__startswith=start)
        for key, start in (
            ("no_section", "Thôn Đồng Tâm"),
            ("no_date", "Phường tổ chức đối thoại"),
            ("cut_short", "Hội Phụ nữ phường"),
        )
    }


@pytest.fixture
def admin_client(client, site):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.vn", ADMIN_PASSWORD)
    client.force_login(user)
    return client


def user_in(group_name, username="bientap"):
    user = get_user_model().objects.create_user(username, password=ADMIN_PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def refused(response):
    """Wagtail's admin turns a refusal into a redirect to its dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


@pytest.mark.django_db
def test_the_import_keeps_the_original_text_of_flagged_pages_only(site, flagged, tmp_path):
    assert FlaggedOriginal.objects.count() == 3
    original = FlaggedOriginal.objects.get(page=flagged["no_section"]).text
    assert original.startswith("Thôn Đồng Tâm khánh thành") and "Quang Vinh" in original
    folder = tmp_path / "cong-cu"
    (folder / "san-the-thao.txt").write_text("Tin tức sự kiện\n\n" + NO_SECTION, "utf-8")
    run_import(folder)
    # read well this time: the article is published and its kept text goes
    flagged["no_section"].refresh_from_db()
    assert flagged["no_section"].live
    assert not FlaggedOriginal.objects.filter(page=flagged["no_section"]).exists()


@pytest.mark.django_db
def test_the_list_shows_the_sites_flagged_drafts_with_reasons_and_what_is_missing(
    admin_client, flagged
):
    response = admin_client.get(reverse("bantin_import_review"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "3 bài chờ duyệt" in text
    assert "không rõ chuyên mục" in text and "không tìm thấy ngày đăng" in text
    # only the complete page can be chosen for publishing at once
    assert f'name="page" value="{flagged["cut_short"].pk}"' in text
    assert f'name="page" value="{flagged["no_date"].pk}"' not in text
    assert reverse("bantin_import_review") in admin_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_each_read_field_names_the_line_of_the_original_it_is_shown_on(admin_client, flagged):
    page = admin_client.get(reverse("bantin_import_page", args=[flagged["no_section"].pk]))
    text = page.content.decode()
    # NO_SECTION: headline on line 1, date on line 2, signature on line 8
    assert 'id="id_title-nguon">Trên trang gốc: <a href="#dong-1">dòng 1</a>' in text
    assert 'id="id_published_at-nguon">Trên trang gốc: <a href="#dong-2">dòng 2</a>' in text
    assert 'id="id_byline-nguon">Trên trang gốc: <a href="#dong-8">dòng 8</a>' in text
    assert '<span id="dong-8">' in text
    # the page names no section: the one it waits in is not on the original
    assert 'id="id_section-nguon"><strong>Không thấy trên trang gốc</strong>' in text


@pytest.mark.django_db
def test_one_page_shows_the_original_beside_the_fields_and_is_fixed_and_published(
    admin_client, flagged
):
    article = flagged["no_section"]
    url = reverse("bantin_import_page", args=[article.pk])
    text = admin_client.get(url).content.decode()
    assert "Trang gốc" in text and "Sáng 8/10, thôn Đồng Tâm khánh thành" in text
    assert 'value="Quang Vinh"' in text
    section = SectionPage.objects.get(title="Tin tức sự kiện")

    response = admin_client.post(
        url,
        {
            "title": "Thôn Đồng Tâm khánh thành sân thể thao",
            "published_at": "2025-10-09T07:45",
            "byline": "Quang Vinh",
            "section": section.pk,
        },
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live and article.title == "Thôn Đồng Tâm khánh thành sân thể thao"
    assert article.get_parent().pk == section.pk
    assert article.review_reasons == []  # settled by publishing's effects
    assert article.live_revision.user.username == "quantri"
    listing = admin_client.get(response.url)
    assert article.pk not in [row["article"].pk for row in listing.context["rows"]]
    assert f'href="{article.get_url()}"' in listing.content.decode()  # "Xem bài đã đăng"


@pytest.mark.django_db
def test_a_fix_with_a_missing_field_says_which_and_publishes_nothing(admin_client, flagged):
    article = flagged["no_date"]
    url = reverse("bantin_import_page", args=[article.pk])
    section = SectionPage.objects.get(title="Hoạt động Chính quyền")
    response = admin_client.post(
        url, {"title": article.title, "published_at": "", "byline": "", "section": section.pk}
    )
    assert response.status_code == 200
    assert "Cần điền ngày đăng." in response.content.decode()
    article.refresh_from_db()
    assert not article.live


@pytest.mark.django_db
def test_publishing_the_selected_pages_publishes_only_the_complete_ones(admin_client, flagged):
    response = admin_client.post(
        reverse("bantin_import_publish"),
        {"page": [flagged["cut_short"].pk, flagged["no_date"].pk]},
        follow=True,
    )
    text = response.content.decode()
    assert "Đã đăng 1 bài." in text
    assert "còn thiếu ngày đăng" in text
    for article in flagged.values():
        article.refresh_from_db()
    assert flagged["cut_short"].live and flagged["cut_short"].review_reasons == []
    assert not flagged["no_date"].live


@pytest.mark.django_db
def test_another_wards_editors_see_and_touch_none_of_the_sites_flagged_pages(
    client, site, flagged, make_site
):
    make_site("phuong-hai.localhost", "Phường Hai", default=False)
    client.force_login(user_in("Phường Hai - Lãnh đạo duyệt tin"))
    response = client.get(reverse("bantin_import_review"))
    assert response.status_code == 200
    assert "0 bài chờ duyệt" in response.content.decode()
    other = flagged["cut_short"]
    assert client.get(f"{reverse('bantin_import_review')}?site={site.pk}").context["rows"] == []
    assert refused(client.get(reverse("bantin_import_page", args=[other.pk])))
    # naming the other site outright changes nothing either
    client.post(reverse("bantin_import_publish"), {"site": site.pk, "page": [other.pk]})
    client.post(reverse("bantin_import_publish"), {"site": site.pk, "all": "1"})
    other.refresh_from_db()
    assert not other.live


@pytest.mark.django_db
def test_an_editor_who_may_not_publish_and_a_visitor_are_kept_out(client, flagged):
    client.force_login(user_in("Phường Thử Nghiệm - Biên tập viên"))
    assert refused(client.get(reverse("bantin_import_review")))
    assert reverse("bantin_import_review") not in client.get("/admin/").content.decode()
    client.logout()
    response = client.get(reverse("bantin_import_review"))
    assert response.status_code == 302 and "/login/" in response.url


@pytest.mark.django_db
def test_the_sites_own_publishers_see_its_flagged_pages(client, flagged):
    client.force_login(user_in("Phường Thử Nghiệm - Lãnh đạo duyệt tin"))
    response = client.get(reverse("bantin_import_review"))
    assert len(response.context["rows"]) == 3


UNDATED_HTML = """<html><head><title>Trang</title><script>var theo_doi = 1;</script>
<style>.tin { color: red }</style></head><body><div class="menu">Trang chủ | Liên hệ</div>
<h1>Tổ dân phố 4 ra quân làm sạch kênh thoát nước</h1>
<p>Sáng Chủ nhật, bà con tổ dân phố 4 cùng đoàn viên thanh niên vớt rác trên kênh.</p>
<p>Hơn hai tấn rác được thu gom và chuyển đi trong buổi sáng.</p></body></html>"""


def test_an_html_pages_original_is_the_text_a_reader_saw(tmp_path):
    path = tmp_path / "lam-sach-kenh.html"
    path.write_text(UNDATED_HTML, encoding="utf-8")
    record = read_page(FolderPage(tmp_path, path))
    assert record.needs_review
    lines = record.original_text.splitlines()
    assert "Tổ dân phố 4 ra quân làm sạch kênh thoát nước" in lines
    assert "Hơn hai tấn rác được thu gom và chuyển đi trong buổi sáng." in lines
    assert "theo_doi" not in record.original_text and "color" not in record.original_text


@pytest.mark.django_db
def test_a_date_an_editor_saved_in_a_draft_since_the_import_counts(admin_client, flagged):
    article = flagged["no_date"]
    draft = article.get_latest_revision_as_object()
    draft.published_at = datetime(2025, 5, 20, 9, 0, tzinfo=TIMEZONE)
    draft.save_revision()
    text = admin_client.get(reverse("bantin_import_review")).content.decode()
    assert f'name="page" value="{article.pk}"' in text
    admin_client.post(reverse("bantin_import_publish"), {"page": [article.pk]})
    article.refresh_from_db()
    assert article.live and article.published_at == draft.published_at


@pytest.mark.django_db
def test_every_complete_page_of_the_list_is_published_at_once(admin_client, flagged):
    response = admin_client.post(reverse("bantin_import_publish"), {"all": "1"}, follow=True)
    text = response.content.decode()
    assert "Đã đăng 1 bài." in text and "2 bài còn thiếu thông tin vẫn chờ duyệt." in text
    live = {key for key, article in flagged.items() if ArticlePage.objects.get(pk=article.pk).live}
    assert live == {"cut_short"}


@pytest.mark.django_db
def test_the_screen_changes_no_page_but_the_flagged_drafts(admin_client, flagged, make_article):
    """A live article is Wagtail's editor's to change, with its history and workflow."""
    live = make_article(title="Bài đã đăng từ trước")
    url = reverse("bantin_import_page", args=[live.pk])
    assert admin_client.get(url).status_code == 404
    section = live.get_parent()
    fields = {
        "title": "Đổi ngoài trình soạn thảo",
        "published_at": "2025-10-09T07:45",
        "byline": "",
        "section": section.pk,
    }
    assert admin_client.post(url, fields).status_code == 404
    live.refresh_from_db()
    assert live.title == "Bài đã đăng từ trước"


@pytest.mark.django_db
def test_a_locked_draft_is_left_to_wagtails_editor(admin_client, flagged):
    article = flagged["cut_short"]
    ArticlePage.objects.filter(pk=article.pk).update(locked=True)
    response = admin_client.get(reverse("bantin_import_page", args=[article.pk]))
    assert "bài đang bị khóa" in response.content.decode()
    admin_client.post(reverse("bantin_import_publish"), {"page": [article.pk]})
    article.refresh_from_db()
    assert not article.live


@pytest.mark.django_db
def test_the_original_text_is_shown_as_text_never_as_markup(admin_client, site, tmp_path):
    folder = tmp_path / "cu"
    folder.mkdir()
    (folder / "mau.txt").write_text(
        NO_SECTION.replace("Quang Vinh", "<script>alert('x')</script>"), encoding="utf-8"
    )
    run_import(folder, KEEP_SECTIONLESS)
    article = ArticlePage.objects.get(title__startswith="Thôn Đồng Tâm")
    assert "<script>" in FlaggedOriginal.objects.get(page=article).text
    text = admin_client.get(reverse("bantin_import_page", args=[article.pk])).content.decode()
    assert "&lt;script&gt;alert(" in text
    assert "<script>alert(" not in text


@pytest.mark.django_db
def test_publishing_in_wagtails_editor_forgets_the_kept_original(flagged):
    article = flagged["cut_short"]
    article.get_latest_revision().publish()
    assert not FlaggedOriginal.objects.filter(page=article).exists()
    assert FlaggedOriginal.objects.filter(page=flagged["no_date"]).exists()


@pytest.mark.django_db
def test_the_date_is_shown_and_read_day_first_whatever_the_browsers_language(admin_client, flagged):
    article = flagged["no_section"]  # dated 09/10/2025 07:45 on the old page
    url = reverse("bantin_import_page", args=[article.pk])
    text = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert 'value="09/10/2025 07:45"' in text and 'type="datetime-local"' not in text
    section = SectionPage.objects.get(title="Tin tức sự kiện")
    fields = {
        "title": article.title,
        "published_at": "09/10/2025 07:45",
        "byline": "",
        "section": section.pk,
    }
    assert admin_client.post(url, fields, HTTP_ACCEPT_LANGUAGE="en-US").status_code == 302
    article.refresh_from_db()
    assert article.published_at == datetime(2025, 10, 9, 7, 45, tzinfo=TIMEZONE)


@pytest.mark.django_db
def test_someone_on_several_sites_picks_the_site_to_review(admin_client, flagged, make_site):
    other = make_site("phuong-hai.localhost", "Phường Hai", default=False)
    text = admin_client.get(reverse("bantin_import_review")).content.decode()
    assert 'id="site-choice"' in text and f'value="{other.pk}"' in text
    response = admin_client.get(reverse("bantin_import_review"), {"site": other.pk})
    assert response.context["site"].pk == other.pk and response.context["rows"] == []


def editor_post(article, **changes):
    """What Wagtail's editor posts for the article with its fields as they are."""
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "byline": article.byline,
        "published_at": "",
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    return {**data, **changes}


@pytest.mark.django_db
def test_wagtails_editor_does_not_date_an_undated_import_at_the_moment_it_is_published(
    admin_client, flagged
):
    article = flagged["no_date"]
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = admin_client.post(edit, editor_post(article, title="Đối thoại với hộ kinh doanh"))
    assert response.status_code == 302 and response.url == edit
    message = admin_client.get(edit).content.decode()
    assert "chưa có thời gian đăng" in message
    article.refresh_from_db()
    assert not article.live and article.published_at is None
    assert article.get_latest_revision_as_object().title == "Đối thoại với hộ kinh doanh"

    response = admin_client.post(
        edit,
        editor_post(article, title="Đối thoại với hộ kinh doanh", published_at="08/10/2025 15:00"),
    )
    article.refresh_from_db()
    assert article.live
    assert article.published_at == datetime(2025, 10, 8, 15, 0, tzinfo=TIMEZONE)


@pytest.mark.django_db
def test_a_day_the_calendar_has_not_or_a_day_to_come_is_named_and_nothing_typed_is_lost(
    admin_client, flagged
):
    article = flagged["no_date"]
    url = reverse("bantin_import_page", args=[article.pk])
    section = SectionPage.objects.get(title="Hoạt động Chính quyền")
    typed = {"title": "Đối thoại với hộ kinh doanh", "byline": "Bảo Ngọc", "section": section.pk}
    for when, message in (
        ("31/02/2024 08:00", "Ngày 31/02/2024 không có trong lịch."),
        ("01/01/2099 08:00", "Ngày đăng ở tương lai"),
    ):
        response = admin_client.post(url, {**typed, "published_at": when})
        text = response.content.decode()
        assert response.status_code == 200 and message in text
        assert 'value="Đối thoại với hộ kinh doanh"' in text and 'value="Bảo Ngọc"' in text
        article.refresh_from_db()
        assert not article.live


@pytest.mark.django_db
def test_a_page_the_import_found_no_headline_for_is_addressed_by_the_headline_it_is_given(
    admin_client, site, tmp_path
):
    folder = tmp_path / "khong-tieu-de"
    folder.mkdir()
    lead = NO_SECTION.split("\n", 3)[3]  # the lead and the rest, no headline, no date
    (folder / "p026.txt").write_text(lead, encoding="utf-8")
    run_import(folder)
    article = ArticlePage.objects.get(slug="p026")
    section = SectionPage.objects.get(title="Tin tức sự kiện")
    admin_client.post(
        reverse("bantin_import_page", args=[article.pk]),
        {
            "title": "Thôn Đồng Tâm khánh thành sân thể thao",
            "published_at": "09/10/2025 07:45",
            "byline": "Quang Vinh",
            "section": section.pk,
        },
    )
    article.refresh_from_db()
    assert article.live and article.slug == "thon-dong-tam-khanh-thanh-san-the-thao"
    assert article.url_path.endswith("/thon-dong-tam-khanh-thanh-san-the-thao/")


@pytest.mark.django_db
def test_wagtails_editor_shows_the_reasons_for_review_as_a_sentence(admin_client, flagged):
    article = flagged["no_date"]
    text = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "không tìm thấy ngày đăng" in text
    assert "[&#x27;" not in text and "['" not in text


@pytest.mark.django_db
def test_a_fix_saved_without_publishing_is_published_later_with_the_others(admin_client, flagged):
    article = flagged["no_date"]
    section = SectionPage.objects.get(title="Hoạt động Chính quyền")
    response = admin_client.post(
        reverse("bantin_import_page", args=[article.pk]),
        {
            "title": article.title,
            "published_at": "08/10/2025 15:00",
            "byline": "Bảo Ngọc",
            "section": section.pk,
            "save": "1",
        },
        follow=True,
    )
    assert "chờ đăng cùng các bài khác" in response.content.decode()
    article.refresh_from_db()
    assert not article.live
    row = next(row for row in response.context["rows"] if row["article"].pk == article.pk)
    assert row["missing"] == []
    assert row["reasons"] == []  # the date given settles "không tìm thấy ngày đăng"
    assert "Đã sửa, chờ đăng" in response.content.decode()

    admin_client.post(reverse("bantin_import_publish"), {"page": [article.pk]})
    article.refresh_from_db()
    assert article.live and article.published_at == datetime(2025, 10, 8, 15, 0, tzinfo=TIMEZONE)


@pytest.mark.django_db
def test_the_dashboard_counts_the_imported_pages_waiting_and_links_to_their_screen(
    client, site, flagged, make_site
):
    client.force_login(user_in("Phường Thử Nghiệm - Lãnh đạo duyệt tin"))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bài nhập từ cổng cũ đang chờ duyệt" in page
    assert f"{reverse('bantin_import_review')}?site={site.pk}" in page
    assert "<strong>3</strong> bài" in page
    make_site("phuong-hai.localhost", "Phường Hai", default=False)
    client.force_login(user_in("Phường Hai - Lãnh đạo duyệt tin", "bientap2"))
    assert "đang chờ duyệt" not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_a_page_in_no_section_shows_none_chosen_and_is_not_published_without_one(
    admin_client, flagged
):
    article = flagged["no_section"]
    url = reverse("bantin_import_page", args=[article.pk])
    form = admin_client.get(url).context["form"]
    assert form["section"].value() is None
    assert '<option value="" selected>— Chọn chuyên mục —</option>' in str(form["section"])
    response = admin_client.post(
        url,
        {"title": "Thôn Đồng Tâm khánh thành sân thể thao", "published_at": "09/10/2025 07:45",
         "byline": "Quang Vinh", "section": ""},
    )  # fmt: skip
    assert "Cần chọn chuyên mục." in response.content.decode()
    article.refresh_from_db()
    assert not article.live


@pytest.mark.django_db
def test_the_dashboard_counts_each_sites_waiting_pages_apart(
    admin_client, site, flagged, make_site, tmp_path
):
    other = make_site("phuong-hai.localhost", "Phường Hai", default=False)
    folder = tmp_path / "cong-cu-hai"
    folder.mkdir()
    (folder / "doi-thoai.txt").write_text(NO_DATE, encoding="utf-8")
    run_import(folder, "--site", "phuong-hai.localhost")
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'?site={site.pk}">{site.site_name}: <strong>3</strong> bài' in page
    assert f'?site={other.pk}">Phường Hai: <strong>1</strong> bài' in page
