"""HTML pages: fields around the body, the body's blocks, and what is dropped."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from bantin.legacy.reading.htmlpage import parse_html_page
from bantin.legacy.reading.profiles import ProfileSet
from bantin.legacy.reading.record import LegacyPageError

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
PROFILES = ProfileSet.load()

NEWS_PORTAL = """<html><head><title>Phường An Bình ra quân dọn kênh</title></head><body>
<div class="main-menu"><a href="/">Trang chủ</a> <a href="/gt">Giới thiệu</a></div>
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/mt">Môi trường</a></li></ol>
<div class="news-detail"><h1 class="news-title">Phường An Bình ra quân dọn kênh</h1>
<div class="news-info"><span class="news-date">Cập nhật lúc 08:15 ngày 05/01/2022</span>
<span class="news-views">1.234</span></div>
<div class="news-sapo">Sáng ngày 4/1, hơn 200 người dân và đoàn viên đã ra quân dọn kênh.</div>
<div class="news-content"><p>Sáng ngày 31/7 năm trước, phường cũng đã làm như vậy.</p>
<p style="text-align:center"><img src="anh/kenh.jpg"></p>
<p style="text-align:center"><em>Dọn rác trên kênh</em></p>
<p>Phóng viên: Kết quả ra sao?</p><p>Ông Lê Văn Ba: Hơn 5 tấn rác đã được vớt lên.</p>
<table class="tk"><tr><td>Khu phố</td><td>Tấn</td></tr><tr><td>KP1</td><td>2</td></tr></table>
</div><div class="news-author">Minh Châu</div>
<div class="news-other"><ul><li>Tin cũ (12/08/2016)</li></ul></div>
<form class="comment-form"><textarea></textarea></form></div>
<div class="footer">Bản quyền</div></body></html>"""


def parse(markup, profiles=PROFILES):
    return parse_html_page(markup, source="trang.html", profiles=profiles)


def test_a_profiled_page_gives_every_field():
    page = parse(NEWS_PORTAL)
    assert page.layout == "news-portal"
    assert page.title == "Phường An Bình ra quân dọn kênh"
    assert page.section == "Môi trường"
    assert page.published == datetime.datetime(2022, 1, 5, 8, 15, tzinfo=LOCAL)
    assert page.views == 1234
    assert page.byline == "Minh Châu"
    assert page.lead.startswith("Sáng ngày 4/1")
    assert not page.needs_review


def test_body_keeps_photos_with_captions_turns_and_flattens_data_tables():
    page = parse(NEWS_PORTAL)
    kinds = [block.kind for block in page.blocks]
    assert kinds == ["paragraph", "image", "turn", "turn", "paragraph", "paragraph"]
    image = page.blocks[1]
    assert (image.src, image.text) == ("anh/kenh.jpg", "Dọn rác trên kênh")
    assert page.blocks[3].speaker == "Ông Lê Văn Ba"
    assert page.blocks[4].text == "Khu phố | Tấn"
    assert any("bảng" in warning for warning in page.warnings)


def test_menus_related_lists_forms_and_footers_are_dropped():
    page = parse(NEWS_PORTAL)
    text = " ".join(block.text for block in page.blocks)
    for word in ("Giới thiệu", "Tin cũ", "Bản quyền", "Trang chủ"):
        assert word not in text


def test_an_event_date_in_the_body_is_never_the_publication_date():
    markup = NEWS_PORTAL.replace("Cập nhật lúc 08:15 ngày 05/01/2022", "")
    page = parse(markup)
    assert page.published is None
    assert page.needs_review


def test_a_page_no_profile_knows_is_read_by_the_general_extractor():
    markup = """<html><head><title>Hội thi nấu ăn - Trang tin khu phố</title></head><body>
    <div class="logo">Trang tin khu phố</div><div class="wrap"><h1>Hội thi nấu ăn</h1>
    <p class="meta">Đăng ngày 02/09/2023 lúc 15:00</p><div class="text">
    <p>Hội Phụ nữ khu phố tổ chức hội thi nấu ăn với sáu đội tham gia, mỗi đội ba người.</p>
    <p>Đội khu phố 3 giành giải nhất với món canh chua cá lóc nấu theo cách của người miền Tây.</p>
    <p>Các món ăn sau đó được bán gây quỹ giúp các em học sinh có hoàn cảnh khó khăn.</p>
    </div></div></body></html>"""
    page = parse(markup)
    assert page.layout == "readability"
    assert page.title == "Hội thi nấu ăn"
    assert page.published == datetime.datetime(2023, 9, 2, 15, 0, tzinfo=LOCAL)
    assert page.lead.startswith("Hội Phụ nữ khu phố")
    assert len(page.blocks) == 2


def test_bold_italic_and_safe_links_reach_rich_text_and_relative_links_do_not():
    markup = NEWS_PORTAL.replace(
        "<p>Sáng ngày 31/7 năm trước, phường cũng đã làm như vậy.</p>",
        '<p><b>Đậm</b>, <span style="font-style:italic">nghiêng</span>, '
        '<a href="https://cong.example.vn/a">ngoài</a> và <a href="/noi-bo">trong</a>.</p>',
    )
    html = parse(markup).blocks[0].html
    link = '<a href="https://cong.example.vn/a">ngoài</a>'
    assert html == f"<b>Đậm</b>, <i>nghiêng</i>, {link} và trong."


@pytest.mark.parametrize(
    "markup", ["<html></html>", "<html><body>   </body></html>", "<html><!-- --></html>"]
)
def test_html_with_nothing_to_import_is_refused_by_name(markup):
    with pytest.raises(LegacyPageError, match="trang.html"):
        parse(markup)


def test_malformed_html_is_read_as_far_as_it_goes():
    markup = (
        "<html><body><h1>Tiêu đề bài<div class='x'><p>Đoạn một dài hơn bốn mươi ký tự "
        "cho chắc chắn<p>Đoạn hai</body"
    )
    page = parse(markup)
    assert page.title == "Tiêu đề bài"
    kept = [page.lead, page.byline or "", *(block.text for block in page.blocks)]
    assert "Đoạn một" in " ".join(kept) and "Đoạn hai" in " ".join(kept)
