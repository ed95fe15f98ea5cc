"""Layout profiles: files an operator adds, checked when read, and chosen per page."""

import pytest
from lxml import html

from bantin.legacy.reading.htmlpage import parse_html_page
from bantin.legacy.reading.profiles import ProfileError, ProfileSet, load_profile
from bantin.legacy.reading.textpage import parse_text_page

CUSTOM = """
name = "phuong-xyz"
kind = "html"
drop = [".quang-cao"]

[detect]
selectors = ["div.bai-viet", "span.ngay-dang"]

[fields]
title = "div.bai-viet h2.ten-bai"
date = "span.ngay-dang"
section = { selector = ".duong-dan a", pick = "last" }
views = { selector = ".luot", pattern = 'Đã đọc\\s+([\\d.]+)' }
body = "div.bai-viet .noi-dung"
"""
PAGE = """<html><body><div class="duong-dan"><a href="/">Trang chủ</a><a href="/a">An ninh</a></div>
<div class="bai-viet"><h2 class="ten-bai">Tuần tra đêm ở khu phố 4</h2>
<span class="ngay-dang">12/04/2024 21:30</span><span class="luot">Đã đọc 2.150 lần</span>
<div class="noi-dung"><p>Tổ tuần tra của khu phố 4 đi tuần từ 21 giờ đến nửa đêm mỗi tối.</p>
<div class="quang-cao">Mua bán nhà đất</div><p>Người dân yên tâm hơn khi có tổ tuần tra.</p></div>
</div></body></html>"""


def write_profile(folder, text, name="phuong-xyz.toml"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_operator_adds_a_layout_as_a_file(tmp_path):
    profiles = ProfileSet.load([write_profile(tmp_path / "hoso", CUSTOM)])
    page = parse_html_page(PAGE, "a.html", profiles=profiles)
    assert page.layout == "phuong-xyz"
    assert (page.title, page.section, page.views) == ("Tuần tra đêm ở khu phố 4", "An ninh", 2150)
    assert page.published.strftime("%d/%m/%Y %H:%M") == "12/04/2024 21:30"
    assert "Mua bán" not in " ".join(block.text for block in page.blocks)


def test_an_operator_profile_replaces_a_built_in_one_of_the_same_name(tmp_path):
    replaced = CUSTOM.replace('name = "phuong-xyz"', 'name = "wordpress"')
    profiles = ProfileSet.load([write_profile(tmp_path / "hoso", replaced)])
    wordpress = [profile for profile in profiles.html if profile.name == "wordpress"]
    assert len(wordpress) == 1 and wordpress[0].path.endswith("phuong-xyz.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\nkind = "pdf"', "kind"),
        ('kind = "html"', "name"),
        ('name = "x"\n[fields]\ntitle = "h1[["', "fields.title"),
        ('name = "x"\n[fields]\nauthor = "h1"', "fields"),
        ('name = "x"\nkind = "text"\n[fields]\ntitle = "(unclosed"', "fields.title"),
        ('name = "x"\ncolour = "red"', "colour"),
        ("name = ", "không đọc được"),
    ],
)
def test_a_broken_profile_file_is_refused_naming_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "hong.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message) as error:
        load_profile(path)
    assert str(path) in str(error.value)


def test_the_best_matching_profile_wins_and_a_forced_one_is_used_as_is():
    profiles = ProfileSet.load()
    document = html.document_fromstring(
        '<html><body class="single-post"><div class="entry-content">x</div></body></html>'
    )
    assert profiles.for_html(document).name == "wordpress"
    assert profiles.for_html(html.document_fromstring("<p>x</p>")) is None
    assert ProfileSet.load(forced="joomla").for_html(document).name == "joomla"
    with pytest.raises(ProfileError, match="khong-co"):
        ProfileSet.load(forced="khong-co")


def test_a_text_profile_reads_labelled_lines():
    profiles = ProfileSet.load()
    lines = ["Tiêu đề: Họp tổ dân phố", "Chuyên mục: Tin khu phố", "Ngày đăng: 02/03/2024 19:00"]
    body = "Tổ dân phố họp bàn việc giữ vệ sinh chung."
    text = "\n".join([*lines, "Lượt xem: 1.001", "", body, ""])
    profile = profiles.for_text(lines)
    page = parse_text_page(text, "a.txt", profile=profile)
    assert profile.name == "labelled-text"
    assert (page.title, page.section, page.views) == ("Họp tổ dân phố", "Tin khu phố", 1001)
    assert page.published.hour == 19
