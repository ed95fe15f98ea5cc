"""Search in the portal's language: abbreviations found both ways (the table's and a site's
own), articles missing a word after those with every word, stop words neither required nor
ranking on their own. Runs on SQLite and PostgreSQL."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.search.abbreviations import expander_for
from bantin.search.backends import Filters
from bantin.search.engine import parse_query, search

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day):
    return datetime.datetime(2024, 6, day, 8, 0, tzinfo=LOCAL)


def titles(site, text):
    from bantin.news.models import ArticlePage

    results = search(parse_query(text, expander_for(site.pk)), Filters(site_id=site.pk), limit=20)
    by_id = dict(ArticlePage.objects.filter(pk__in=results.page_ids).values_list("pk", "title"))
    return [by_id[page_id] for page_id in results.page_ids]


@pytest.fixture
def pages(make_article):
    def article(title, body, day):
        return make_article(title=title, slug=f"bai-{day}", body=(body,), published_at=at(day))

    return {
        "front": article("UB.MTTQ phường 5 ra mắt tổ hòa giải", "Tổ có 7 thành viên.", 1),
        "council": article(
            "Kỳ họp thứ 9 Hội đồng nhân dân Quận 3", "Các đại biểu thông qua nghị quyết.", 2
        ),
        "women": article("Hội LHPN phường tổ chức hội thi", "Hội thi nấu ăn ngày 20/10.", 3),
        "drill": article(
            "Phường 5 diễn tập ứng phó bão", "Lực lượng dân quân và người dân tham gia.", 4
        ),
        "full": article(
            "Diễn tập phòng chống bão năm 2024", "Kế hoạch diễn tập phòng chống bão của phường.", 5
        ),
        "other": article("Ra quân dọn vệ sinh", "Ngày Chủ nhật xanh của phường.", 6),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["mat tran to quoc", "uy ban mat tran to quoc", "UBMTTQ", "ub mttq phuong 5"]
)
def test_a_page_with_the_short_form_is_found_by_the_long_one(site, pages, query):
    assert titles(site, query)[0] == pages["front"].title


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["hdnd quan 3", "HĐND Q.3", "hoi dong nhan dan quan 3"])
def test_a_page_with_the_long_form_is_found_by_the_short_one(site, pages, query):
    assert titles(site, query)[0] == pages["council"].title


@pytest.mark.django_db
def test_union_names_both_ways(site, pages):
    assert titles(site, "hoi lien hiep phu nu")[0] == pages["women"].title


@pytest.mark.django_db
def test_articles_missing_a_word_follow_those_with_every_word(site, pages):
    found = titles(site, "dien tap phong chong bao phuong")
    assert found[0] == pages["full"].title
    assert pages["drill"].title in found[1:]
    assert pages["other"].title not in found[:2]


@pytest.mark.django_db
def test_rarer_words_rank_a_partial_match_higher(site, pages):
    """ "ung pho" (one article) outweighs "nam" (a common word) among partial matches."""
    found = titles(site, "ung pho bao nam 2030")
    assert found[0] == pages["drill"].title


@pytest.mark.django_db
def test_stop_words_are_not_required(site, pages):
    """ "Ngày Chủ nhật xanh của phường" has the stop words side by side, not the words."""
    found = titles(site, "dien tap cua phuong")
    assert set(found[:2]) == {pages["full"].title, pages["drill"].title}


@pytest.mark.django_db
def test_a_query_of_stop_words_only_still_searches(site, pages):
    assert pages["other"].title in titles(site, "của phường")


@pytest.mark.django_db
def test_editors_add_their_own_abbreviations(
    site, pages, make_article, django_capture_on_commit_callbacks
):
    from bantin.search.models import SiteAbbreviation

    make_article(title="Họp dân KP.TH về chỉnh trang hẻm", slug="kp-th", published_at=at(7))
    assert titles(site, "kpth") == []
    with django_capture_on_commit_callbacks(execute=True):
        SiteAbbreviation.objects.create(site=site, short="KP.TH | KPTH", full="khu phố Tân Hòa")
    assert titles(site, "khu pho tan hoa")[0] == "Họp dân KP.TH về chỉnh trang hẻm"
    assert titles(site, "kpth") == ["Họp dân KP.TH về chỉnh trang hẻm"]


@pytest.mark.django_db
def test_words_kept_together_outrank_the_same_words_scattered(site, make_article):
    """Neither title has every word and neither text the whole query side by side: the one
    that keeps "huy hiệu Đảng" together comes first, though the other is newer."""
    kept = make_article(
        title="Lễ tri ân đảng viên lão thành",
        slug="tri-an",
        body=("Đảng bộ xã trao tặng Huy hiệu Đảng cho 12 đảng viên.",),
        published_at=at(1),
    )
    make_article(
        title="Giao ban công tác tháng 6",
        slug="giao-ban",
        body=("Trao đổi cách phát huy hiệu quả hoạt động của các chi bộ Đảng.",),
        published_at=at(2),
    )
    assert titles(site, "trao huy hieu dang")[0] == kept.title


@pytest.mark.django_db
def test_a_page_that_opens_with_the_query_outranks_one_naming_it_in_passing(site, make_article):
    """Neither article has a sapo nor every word in its title. The newer one has "trao Huy hiệu
    Đảng" word for word, once, in a list of the week's work; the older one opens with its
    subject ("trao tặng Huy hiệu Đảng"): its opening stands for the sapo, and it comes first."""
    about = make_article(
        title="Lễ tri ân đảng viên lão thành",
        slug="tri-an",
        lead="",
        body=(
            "Sáng 7/11, Đảng bộ xã tổ chức lễ trao tặng Huy hiệu Đảng cho 12 đảng viên.",
            "Các đồng chí được nhận huy hiệu 40, 45 và 50 năm tuổi Đảng.",
        ),
        published_at=at(1),
    )
    make_article(
        title="Giao ban công tác tuần",
        slug="giao-ban-tuan",
        lead="",
        body=(
            "Chiều 9/11, Thường trực Đảng ủy họp giao ban, nghe báo cáo tình hình kinh tế, "
            "quốc phòng, an ninh trên địa bàn và cho ý kiến về nhiều nội dung quan trọng khác.",
            "Trong tuần, lãnh đạo xã dự hội nghị, trao Huy hiệu Đảng đợt 7/11, kiểm tra đê.",
        ),
        published_at=at(2),
    )
    assert titles(site, "trao huy hieu dang")[0] == about.title


@pytest.mark.django_db
def test_a_title_naming_the_union_by_its_shorter_name_comes_before_a_passing_mention(
    site, make_article
):
    """Neither title has the union's full name: the one with "Phụ nữ" in it (a name inside
    "Hội Liên hiệp Phụ nữ") comes before a newer page that names the union once."""
    congress = make_article(
        title="Đại hội đại biểu Phụ nữ huyện lần thứ XV",
        slug="dai-hoi-phu-nu",
        lead="",
        body=(
            "Sáng 12/5, 150 đại biểu về dự đại hội tại hội trường huyện, bàn phương hướng của "
            "phong trào trong nhiệm kỳ mới với nhiều chỉ tiêu về kinh tế và gia đình.",
            "Ban Chấp hành Hội Liên hiệp Phụ nữ huyện khóa mới có 25 người.",
        ),
        published_at=at(1),
    )
    make_article(
        title="Lễ giao nhận quân năm 2025",
        slug="giao-quan",
        lead="",
        body=(
            "Sáng 10/2, Hội đồng nghĩa vụ quân sự xã tổ chức lễ giao nhận quân cho 20 thanh "
            "niên lên đường nhập ngũ, đông đảo người dân đến dự và tiễn đưa các tân binh.",
            "Đại diện Hội Phụ nữ xã tặng quà các tân binh.",
        ),
        published_at=at(2),
    )
    assert titles(site, "hoi lien hiep phu nu")[0] == congress.title
    assert titles(site, "hoi lhpn")[0] == congress.title


@pytest.mark.django_db
def test_the_union_written_partly_short_is_found_by_its_full_name(site, make_article):
    make_article(
        title="Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XI",
        slug="dai-hoi-doan",
        body=("Đại hội bầu Ban Chấp hành khóa mới.",),
        published_at=at(1),
    )
    make_article(title="Ra quân hè tình nguyện", slug="he", published_at=at(2))
    assert titles(site, "dai hoi doan thanh nien cong san") == [
        "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XI"
    ]


@pytest.mark.django_db
def test_a_pair_kept_together_outranks_every_word_scattered(site, make_article):
    """The newer article has every word of the query, each far from the others; the older one
    lacks "lúa" but keeps "ra mắt" and "hội quán" together: it comes first."""
    kept = make_article(
        title="Ra mắt Hội quán nông dân",
        slug="hoi-quan",
        body=("Hội quán có 39 thành viên.",),
        published_at=at(1),
    )
    scattered = make_article(
        title="Giao ban tháng 6",
        slug="giao-ban-6",
        body=("Đoàn ra thăm đồng lúa. Mặt bằng sản xuất được cơ quan hội nông dân rà soát.",),
        published_at=at(2),
    )
    assert titles(site, "ra mat hoi quan lua")[:2] == [kept.title, scattered.title]


@pytest.mark.django_db
def test_a_wards_search_sees_its_site_only_and_the_provinces_may_take_in_its_wards(
    site, make_site, make_article
):
    """Filters.also: one ranking over the province and the wards it chooses; without it a
    site's search never shows another site's articles."""
    from bantin.news.models import ArticlePage

    ward = make_site(hostname="phuong-a.example", name="Phường A", default=False)
    other = make_site(hostname="phuong-b.example", name="Phường B", default=False)
    make_article(title="Tỉnh tổ chức hội thi hòa giải viên giỏi", slug="tinh", published_at=at(1))
    make_article(
        site=ward, title="Phường A ra mắt tổ hòa giải", slug="phuong-a", published_at=at(2)
    )
    make_article(site=other, title="Phường B họp tổ hòa giải", slug="phuong-b", published_at=at(3))

    def found(filters):
        ids = search(parse_query("hoa giai"), filters, limit=10).page_ids
        by_id = dict(ArticlePage.objects.filter(pk__in=ids).values_list("pk", "title"))
        return [by_id[page_id] for page_id in ids]

    assert found(Filters(site_id=ward.pk)) == ["Phường A ra mắt tổ hòa giải"]
    assert found(Filters(site_id=site.pk)) == ["Tỉnh tổ chức hội thi hòa giải viên giỏi"]
    assert found(Filters(site_id=site.pk, also=(ward.pk,))) == [
        "Phường A ra mắt tổ hòa giải",
        "Tỉnh tổ chức hội thi hòa giải viên giỏi",
    ]
