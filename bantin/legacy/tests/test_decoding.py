"""Bytes of a page to Unicode: every encoding, the operator's override, and bad bytes."""

import pytest

from bantin.legacy.reading.decoding import (
    clearly_utf8,
    decode_html_page,
    decode_text_page,
)
from bantin.legacy.reading.htmlpage import parse_html_page
from bantin.legacy.reading.record import LegacyPageError
from bantin.vietnamese.encodings import decode_bytes, encode_text

TEXT = "Hội nghị Ban Chấp hành Đảng bộ phường khóa XII: quyết tâm hoàn thành nhiệm vụ năm 2024"
LEGACY = ("windows-1258", "tcvn3", "vni", "viqr", "utf-8-mojibake")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", *LEGACY])
def test_text_pages_in_every_encoding_come_out_as_nfc_unicode(encoding):
    data = TEXT.encode(encoding) if encoding in ("utf-8", "utf-16") else encode_text(TEXT, encoding)
    decoded = decode_text_page(data, "trang.txt")
    expected = decode_bytes(data, "tcvn3").text if encoding == "tcvn3" else TEXT
    assert decoded.text == expected
    assert decoded.encoding == encoding


def test_an_encoding_given_by_the_operator_is_used_as_given():
    data = encode_text(TEXT, "vni")
    assert decode_text_page(data, "a.txt", encoding="vni").text == TEXT
    assert decode_text_page(data, "a.txt", encoding="windows-1258").encoding == "windows-1258"


def test_bytes_that_are_not_text_in_the_given_encoding_are_refused_by_name():
    with pytest.raises(LegacyPageError, match="a.txt.*utf-8"):
        decode_text_page(encode_text("Tin tức", "windows-1258"), "a.txt", encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "rỗng"),
        (b"  \r\n\t ", "rỗng"),
        (b"%PDF-1.4 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"\x00\x01\x02\x03binary\x00\x00", "nhị phân"),
        (b"Tin t\xe9c", "mã hóa"),
    ],
)
def test_bad_bytes_get_a_one_line_reason_naming_the_file(data, reason):
    with pytest.raises(LegacyPageError, match=reason) as error:
        decode_text_page(data, "kho/trang-hong.txt")
    assert str(error.value).startswith("kho/trang-hong.txt: ")
    assert "\n" not in str(error.value)


def test_a_file_cut_inside_a_character_keeps_the_rest_and_says_so():
    data = "Phường Hoa Sen tổ chức hội nghị".encode()[:-1]
    decoded = decode_text_page(data, "cut.txt")
    assert decoded.text == "Phường Hoa Sen tổ chức hội ngh"
    assert decoded.warnings


def test_the_utf8_shortcut_agrees_with_full_detection():
    data = TEXT.encode()
    assert clearly_utf8(data) == decode_bytes(data).text
    assert clearly_utf8(encode_text(TEXT, "utf-8-mojibake")) is None
    assert clearly_utf8(b"plain ascii") is None


def test_a_commune_named_in_capitals_is_clearly_utf8_and_its_mojibake_is_not():
    """ "XÃ" is a Vietnamese capital, not the start of mojibake: such a page takes the shortcut
    instead of full detection (ten times its cost)."""
    heading = "ỦY BAN NHÂN DÂN XÃ TÂN LẬP - NGÃ BA ĐỒNG LỘC\n" + TEXT
    assert clearly_utf8(heading.encode()) == heading
    assert clearly_utf8(encode_text(heading, "utf-8-mojibake")) is None
    assert clearly_utf8(heading.encode().decode("latin-1").encode()) is None


def html_page(title_font, title, body):
    return (
        "<html><head><meta charset='windows-1252'></head><body>"
        f"<div class='tieude'><font face='{title_font}'>{title}</font></div>"
        f"<div class='noidung'><font face='.VnTime'>{body}</font></div></body></html>"
    )


def test_tcvn3_text_in_a_heading_font_comes_out_upper_case():
    title, body = "Ủy ban nhân dân phường Hòa Khánh", "Ủy ban nhân dân &raquo; họp"
    markup = html_page(".VnTimeH", title, body)
    decoded = decode_html_page(encode_text(markup, "tcvn3"), "tcvn3.html")
    assert decoded.encoding == "tcvn3" and decoded.node_encoding == "tcvn3"
    page = parse_html_page(decoded.text, "tcvn3.html", node_encoding=decoded.node_encoding)
    texts = [page.title, page.lead, *(block.text for block in page.blocks)]
    assert "ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH" in " ".join(filter(None, texts))
    assert "ủy ban nhân dân » họp" in " ".join(filter(None, texts))


def test_viqr_in_html_is_read_from_the_words_never_from_the_markup():
    words = encode_text("Phường tổ chức hội nghị tổng kết năm", "viqr").decode()
    markup = f"<html><body><p><a href='tin.html?id=1'>{words}</a></p></body></html>"
    decoded = decode_html_page(markup.encode(), "viqr.html")
    assert decoded.encoding == "viqr"
    assert "tin.html?id=1" in decoded.text
