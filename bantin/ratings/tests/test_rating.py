import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client

from bantin.ratings.models import PageRating


@pytest.mark.django_db
def test_every_page_has_the_rating_form_without_a_token_or_cookie(client, make_article):
    article = make_article()
    html = client.get(article.url).content.decode()
    form = html[html.index('<form class="rating"') :]
    form = form[: form.index("</form>")]
    assert f'name="trang" value="{article.pk}"' in form
    assert form.count('type="radio" name="diem"') == 5
    assert "csrfmiddlewaretoken" not in form


@pytest.mark.django_db
def test_a_rating_is_kept_without_anything_about_the_reader(make_article):
    article = make_article()
    reader = Client(enforce_csrf_checks=True)
    response = reader.post("/_danh-gia/", {"trang": article.pk, "diem": "4"})
    assert response.status_code == 200
    assert "Cảm ơn bạn đã đánh giá" in response.content.decode()
    assert not response.cookies
    rating = PageRating.objects.get()
    assert (rating.page_id, rating.score, rating.site.is_default_site) == (article.pk, 4, True)
    fields = {field.name for field in PageRating._meta.get_fields()}
    assert fields == {"id", "site", "page", "score", "day"}


@pytest.mark.django_db
def test_one_rating_a_page_a_day_from_an_address(client, make_article):
    article = make_article()
    assert client.post("/_danh-gia/", {"trang": article.pk, "diem": "5"}).status_code == 200
    again = client.post("/_danh-gia/", {"trang": article.pk, "diem": "1"})
    assert again.status_code == 429 and "đã đánh giá trang này" in again.content.decode()
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post("/_danh-gia/", {"trang": article.pk, "diem": "3"}).status_code == 200
    assert sorted(PageRating.objects.values_list("score", flat=True)) == [3, 5]


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{"diem": "6"}, {"diem": "0"}, {"diem": "x"}, {}])
def test_a_score_outside_one_to_five_is_refused(client, make_article, data):
    article = make_article()
    response = client.post("/_danh-gia/", {"trang": article.pk, **data})
    assert response.status_code == 400 and "từ 1 đến 5" in response.content.decode()
    assert not PageRating.objects.exists()


@pytest.mark.django_db
def test_a_draft_or_another_sites_page_cannot_be_rated(client, site, make_site, make_article):
    article = make_article()
    article.unpublish()
    other = make_site(hostname="phuong-khac.example", name="Phường Khác", default=False)
    for page_id in (article.pk, other.root_page_id, 999999):
        assert client.post("/_danh-gia/", {"trang": page_id, "diem": "5"}).status_code == 400


@pytest.mark.django_db
def test_the_report_shows_a_sites_figures_to_its_editors_only(client, site, make_article):
    from django.contrib.auth import get_user_model

    article = make_article(title="Bài được chấm")
    for score, address in ((5, "10.0.0.1"), (4, "10.0.0.2"), (2, "10.0.0.3")):
        Client(REMOTE_ADDR=address).post("/_danh-gia/", {"trang": article.pk, "diem": score})
    User = get_user_model()
    editor = User.objects.create_user("bientap", password="x")
    editor.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    client.force_login(editor)
    html = client.get("/admin/danh-gia/").content.decode()
    assert "3 lượt đánh giá" in html and ("3,67" in html or "3.67" in html)
    assert "Bài được chấm" in html
    outsider = User.objects.create_user("khac", password="x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    assert client.get("/admin/danh-gia/").status_code in (302, 403)


@pytest.mark.django_db
def test_ratings_are_exported_as_counts_per_page_day_and_score(make_article):
    from bantin.opendata.export import site_records

    article = make_article(slug="bai-duoc-cham")
    for score, address in ((5, "10.0.0.1"), (5, "10.0.0.2"), (2, "10.0.0.3")):
        Client(REMOTE_ADDR=address).post("/_danh-gia/", {"trang": article.pk, "diem": score})
    records = list(site_records(article.get_site(), kinds={"page_rating"}))
    assert [(r["page"], r["score"], r["count"]) for r in records] == [
        ("/tin-tuc-su-kien/bai-duoc-cham/", 2, 1),
        ("/tin-tuc-su-kien/bai-duoc-cham/", 5, 2),
    ]
    assert all(set(record) == {"kind", "day", "page", "score", "count"} for record in records)
