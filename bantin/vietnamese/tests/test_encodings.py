import codecs
import os
import random
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .. import ENCODINGS, DecodedText, EncodingError, decode_bytes, decode_tcvn3, encode_text
from .test_text import MARKED_LETTERS

TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def has_tone(char):
    return any(c in TONES for c in unicodedata.normalize("NFD", char))


def tcvn3_expected(text):
    """What TCVN3 keeps of ``text``: toned capitals have no code and come back lowercase."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c.lower() if c.isupper() and has_tone(c) else c for c in text)


def expected(text, encoding):
    return tcvn3_expected(text) if encoding == "tcvn3" else unicodedata.normalize("NFC", text)


SENTENCES = [
    "Ủy ban nhân dân phường khẳng định sẽ hoàn thành kế hoạch năm 2024; "
    "đồng chí Nguyễn Thị Hằng phát biểu.",
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK KHẲNG ĐỊNH: KỲ HỌP THỨ BẢY CỦA HĐND ĐÃ THÀNH CÔNG TỐT ĐẸP",
    "Người dân được hướng dẫn nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia "
    "theo Nghị định 45/2020/NĐ-CP.",
    "Sáng 15/3, Ban Thường vụ Quận ủy tổ chức hội nghị sơ kết công tác quý I, "
    "triển khai nhiệm vụ trọng tâm; bà Nguyễn Thị Mỵ được khen thưởng.",
    "Thời tiết: mưa rào và dông rải rác, nhiệt độ thấp nhất 24 độ C, cao nhất 31 độ C; "
    "gió đông nam cấp 3.",
    "Tuổi trẻ xã Hoà Khánh chung tay xây dựng nông thôn mới, giữ gìn vệ sinh môi trường "
    "và phòng chống dịch bệnh.",
]

# --- Letter by letter ---------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["vni", "viqr", "windows-1258", "utf-8-mojibake"])
@pytest.mark.parametrize("letter", MARKED_LETTERS)
def test_every_letter_round_trips(letter, encoding):
    data = encode_text(letter, encoding)
    assert decode_bytes(data, encoding=encoding) == DecodedText(letter, encoding, 1.0)


@pytest.mark.parametrize("letter", MARKED_LETTERS)
def test_every_letter_round_trips_through_tcvn3_lowercasing_toned_capitals(letter):
    data = encode_text(letter, "tcvn3")
    assert len(data) == 1
    decoded = decode_bytes(data, encoding="tcvn3").text
    if letter.isupper() and has_tone(letter):
        assert decoded == letter.lower()
        assert decode_tcvn3(data, heading=True) == letter
    else:
        assert decoded == letter


def skip_or_fail(reason):
    """Skip, except under BANTIN_REQUIRE_ALL=1 (CI), where nothing may be skipped."""
    if os.environ.get("BANTIN_REQUIRE_ALL") == "1":
        pytest.fail(f"required but missing: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def glibc_tcvn():
    """glibc's TCVN5712-1 (VN1) reading of each byte 0x80-0xFF, via iconv."""
    iconv = shutil.which("iconv")
    if iconv is None:
        skip_or_fail("iconv is not installed, so the TCVN3 table cannot be compared with glibc")
    data = b"\n".join(bytes([b]) for b in range(0x80, 0x100))
    result = subprocess.run(
        [iconv, "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True, check=False
    )
    if result.returncode != 0:
        skip_or_fail(f"this iconv has no TCVN5712-1 converter: {result.stderr.decode()!r}")
    chars = result.stdout.decode("utf-8").split("\n")
    assert len(chars) == 0x80
    return dict(zip(range(0x80, 0x100), chars, strict=True))


@pytest.mark.parametrize("letter", [c for c in MARKED_LETTERS if not (c.isupper() and has_tone(c))])
def test_tcvn3_table_agrees_with_glibc(letter, glibc_tcvn):
    (code,) = encode_text(letter, "tcvn3")
    assert glibc_tcvn[code] == letter


def test_tcvn3_reads_the_rest_of_the_high_half_as_glibc_does(glibc_tcvn):
    for code in range(0xA0, 0x100):
        assert decode_tcvn3(bytes([code])) == glibc_tcvn[code], hex(code)


def test_tcvn3_reads_the_c1_range_as_windows_1252():
    assert decode_tcvn3(b"\x93Hu\xd5\x94 \x96 s\xe8 1\x85") == "“Huế” – số 1…"


# --- Sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_round_trip(sentence, encoding):
    data = encode_text(sentence, encoding)
    assert decode_bytes(data, encoding=encoding).text == expected(sentence, encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_detection_finds_the_encoding_of_each_sentence(sentence, encoding):
    result = decode_bytes(encode_text(sentence, encoding))
    assert (result.encoding, result.text) == (encoding, expected(sentence, encoding))
    assert result.confidence >= 0.8


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_detection_of_a_whole_article(encoding):
    article = "\n\n".join(SENTENCES * 5)
    result = decode_bytes(encode_text(article, encoding))
    assert (result.encoding, result.text) == (encoding, expected(article, encoding))
    assert result.confidence >= 0.9


@pytest.mark.parametrize(
    ("encoding", "data", "text"),
    [
        ("vni", b"kha\xfang \xf1\xf2nh", "khẳng định"),
        ("vni", "KHAÚNG ÑÒNH".encode("cp1252"), "KHẲNG ĐỊNH"),
        ("vni", "Vieät Nam, ñaát nöôùc".encode("cp1252"), "Việt Nam, đất nước"),
        ("tcvn3", b"kh\xbcng \xae\xdenh", "khẳng định"),
        ("viqr", b"kha(?ng ddi.nh", "khẳng định"),
        ("windows-1258", "kh\u0103\u0309ng \u0111i\u0323nh".encode("cp1258"), "khẳng định"),
        ("utf-8-mojibake", "khẳng định".encode().decode("cp1252").encode(), "khẳng định"),
    ],
)
def test_hand_written_bytes_decode(encoding, data, text):
    assert decode_bytes(data, encoding=encoding).text == text


def test_vni_single_byte_letters_and_mixed_case_marks():
    assert decode_bytes("Mî, MÎ, Ñaø Naüng".encode("cp1252"), "vni").text == "Mỵ, MỴ, Đà Nẵng"
    assert decode_bytes("VIEäT, Vieät".encode("cp1252"), "vni").text == "VIỆT, Việt"
    assert decode_bytes(b"ch\xf6\xf4ng tr\xecnh", "vni").text == "chương trình"
    assert encode_text("ỵ Ỵ ẳ Ẳ ơ Ờ", "vni").decode("cp1252") == "î Î aú AÚ ô ÔØ"


def test_viqr_marks_only_where_they_make_vietnamese():
    decode = lambda text: decode_bytes(text.encode(), "viqr").text  # noqa: E731
    assert decode("Vie^.t Nam, ddi.a chi? ta.i Ha` No^.i.") == "Việt Nam, địa chỉ tại Hà Nội."
    assert decode("Hello? Did you add the address?") == "Hello? Did you add the address?"
    assert decode("ho\\. ten: Tra^`n\\?") == "ho. ten: Trần?"
    assert decode("NDD-CP, HDDND, DDa('k La('k") == "NĐ-CP, HĐND, Đắk Lắk"
    assert encode_text("Ủy ban? Hoà?", "viqr") == b"U?y ban? Hoa`\\?"
    assert encode_text("dd, C:\\", "viqr") == b"d\\d, C:\\\\"


def test_decode_tcvn3_heading_font_upper_cases():
    data = encode_text("ỦY BAN NHÂN DÂN HUYỆN", "tcvn3")
    assert decode_bytes(data, "tcvn3").text == "ủY BAN NHÂN DÂN HUYệN"
    assert decode_tcvn3(data, heading=True) == "ỦY BAN NHÂN DÂN HUYỆN"


# --- Detection does not misfire -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.2? yes.",
        "The council met on Monday. Who was there? Me. No one else; I'm sure it's so.",
        "https://example.com/search?q=a.b&lang=vi#top, http://www.ubnd.gov.vn/tin-tuc?id=12",
        "Is it a.m. or p.m.? Go to the address at 10 a.m. e.g. 3.14 or x^2 + y^2, C++ too.",
        "price: $1.99? no... 2+2=4; a(b) (c) a^b o+u",
        "Hello?",
        "",
        " \n\t",
    ],
)
def test_english_urls_and_numbers_are_not_viqr(text):
    result = decode_bytes(text.encode())
    assert result == DecodedText(text, "utf-8", 1.0)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_valid_utf8_vietnamese_is_utf8(sentence):
    for data in (sentence.encode(), codecs.BOM_UTF8 + sentence.encode()):
        assert decode_bytes(data) == DecodedText(sentence, "utf-8", 1.0)


def test_utf8_with_foreign_accents_is_utf8():
    text = "Meeting at the café with José Müller about the résumé – “naïve” plans."
    result = decode_bytes(text.encode())
    assert (result.encoding, result.text) == ("utf-8", text)
    assert result.confidence >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "├── zipfile\n└── README – notes … “quoted” 5 × 3 ÷ 2",
        "Ärger in Köln: Größe, Äpfel und Übermut.",
        "U+00C1 is Á, U+01B0 is ư; C++ and a+b.",
        "Привет, мир! 你好，世界。",
    ],
)
def test_utf8_symbols_and_other_languages_stay_utf8(text):
    result = decode_bytes(text.encode())
    assert (result.encoding, result.text) == ("utf-8", text)


def test_two_viqr_syllables_are_not_enough_but_lower_the_confidence():
    result = decode_bytes(b"Vie^.t Nam")
    assert result == DecodedText("Vie^.t Nam", "utf-8", 0.5)


def test_decomposed_utf8_comes_back_composed():
    text = unicodedata.normalize("NFD", SENTENCES[0])
    assert decode_bytes(text.encode()) == DecodedText(SENTENCES[0], "utf-8", 1.0)


def test_utf16_without_bom_is_found_by_its_nul_bytes():
    for codec in ("utf-16-le", "utf-16-be"):
        result = decode_bytes(SENTENCES[2].encode(codec))
        assert (result.encoding, result.text) == (codec, SENTENCES[2])


def test_mojibake_through_latin1_and_mixed_with_good_text_is_repaired():
    latin1 = "Đảng bộ phường".encode().decode("latin-1").encode()
    assert decode_bytes(latin1).text == "Đảng bộ phường"
    mangled = encode_text("Ủy ban nhân dân phường", "utf-8-mojibake")
    mixed = "Tin tức: ".encode() + mangled
    result = decode_bytes(mixed)
    assert (result.encoding, result.text) == ("utf-8-mojibake", "Tin tức: Ủy ban nhân dân phường")


def test_random_bytes_get_a_low_confidence():
    rng = random.Random(20240601)
    for _ in range(20):
        result = decode_bytes(rng.randbytes(2000))
        assert result.confidence < 0.5, result


def test_binary_data_gets_a_low_confidence():
    png_like = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert decode_bytes(png_like).confidence < 0.5
    assert decode_bytes(b"\x00\x01\x02\x03" * 100).confidence < 0.5


# --- Explicit encodings and errors --------------------------------------------------------


def test_explicit_names_are_case_insensitive_and_python_codecs_work():
    assert decode_bytes(b"Vi\xeat", "WINDOWS-1258").text == "Viêt"
    assert decode_bytes(b"h\xb5", "TCVN3").encoding == "tcvn3"
    assert decode_bytes("Hà Nội".encode("utf-16"), "UTF-16").text == "Hà Nội"
    assert decode_bytes(b"caf\xe9", "Latin-1") == DecodedText("café", "iso8859-1", 1.0)
    assert decode_bytes(b"\xef\xbb\xbfabc", "utf8").text == "abc"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(b"Vi\xe1\xbb", "utf-8"), (b"\x81", "windows-1258"), (b"\xff", "ascii"), (b"a", "utf-16")],
)
def test_undecodable_bytes_raise_encoding_error_naming_the_encoding(data, encoding):
    with pytest.raises(EncodingError, match=encoding):
        decode_bytes(data, encoding=encoding)


def test_unknown_encodings_raise():
    with pytest.raises(EncodingError, match="no-such-thing"):
        decode_bytes(b"abc", "no-such-thing")
    with pytest.raises(EncodingError):
        decode_bytes(b"abc", "base64")
    with pytest.raises(EncodingError):
        encode_text("abc", "no-such-thing")
    assert issubclass(EncodingError, ValueError)


def test_unrepresentable_characters():
    with pytest.raises(EncodingError, match="vni.*'ñ'"):
        encode_text("España", "vni")
    assert encode_text("España", "vni", errors="replace") == b"Espa?a"
    with pytest.raises(EncodingError, match="tcvn3"):
        encode_text("©", "tcvn3")
    with pytest.raises(EncodingError, match="windows-1258"):
        encode_text("日本", "windows-1258")
    assert encode_text("日本 Việt", "viqr").decode() == "日本 Vie^.t"


# --- Properties ---------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from((None, *ENCODINGS, "ascii", "utf-16-be")))
def test_decode_bytes_only_ever_raises_encoding_error(data, encoding):
    try:
        result = decode_bytes(data, encoding=encoding)
    except EncodingError:
        assert encoding is not None
        return
    assert 0.0 <= result.confidence <= 1.0
    assert result.text == unicodedata.normalize("NFC", result.text)


VOCABULARY = sorted(
    set(
        " ".join(SENTENCES + ["Quý khuỷu thuở ngoẹo quyết giữa gì khoẻ ạ ờ ừ ở ấy Mỵ quỵ"])
        .replace(";", " ")
        .replace(",", " ")
        .replace(".", " ")
        .replace(":", " ")
        .split()
    )
)
SEPARATORS = [" ", " ", " ", ", ", ". ", "? ", "; ", "-", "\n", " (", ") ", "! ", " – "]


@st.composite
def vietnamese_texts(draw):
    words = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30))
    text = ""
    for word in words:
        # "HĐND".capitalize() would put a lowercase đ inside a word, which VIQR cannot write.
        styles = (str, str.upper) if "Đ" in word[1:] else (str, str, str.upper, str.capitalize)
        style = draw(st.sampled_from(styles))
        text += style(word) + draw(st.sampled_from(SEPARATORS))
    return text


@settings(max_examples=200, deadline=None)
@given(vietnamese_texts(), st.sampled_from(ENCODINGS))
def test_round_trip_property(text, encoding):
    decoded = decode_bytes(encode_text(text, encoding), encoding=encoding)
    assert decoded.text == expected(text, encoding)
