"""A site's furniture learnt from the batch: lines its pages all print are never taken as a
page's headline or date (pages written here, in the shapes real captures have)."""

from bantin.legacy.reading.furniture import NO_FURNITURE, learn_furniture
from bantin.legacy.reading.textpage import parse_text_page

SLOGAN = "Nhiệt liệt chào mừng Đại hội Đảng bộ xã Tân Hà lần thứ XX, nhiệm kỳ 2025 - 2030"
TODAY = "Thứ Hai, 01/12/2025"
LEADS = (
    "Sáng 12/8, Ủy ban MTTQ xã Tân Hà trao nhà Đại đoàn kết cho hộ bà Trần Thị Mây ở thôn "
    "Suối Máu, căn nhà trị giá hơn 100 triệu đồng.",
    "Chiều 3/9, Hội Nông dân xã Tân Hà tổ chức tập huấn kỹ thuật trồng lúa cho hơn 60 hội "
    "viên ở các thôn Suối Máu, Bàu Sen và Gò Găng.",
    "Ngày 20/10, Hội Liên hiệp Phụ nữ xã Tân Hà gặp mặt cán bộ hội qua các thời kỳ nhân kỷ "
    "niệm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
)
BODY = "Đây là hoạt động thứ {} của xã trong năm; các đại biểu cùng trao đổi kinh nghiệm."


def site_pages():
    """Three pages of one site: its banner and the day's date above every lead."""
    return [
        "\n".join([SLOGAN, TODAY, lead, BODY.format(number), "Minh Thư"])
        for number, lead in enumerate(LEADS, start=1)
    ]


def test_lines_on_a_third_of_the_pages_and_three_at_least_are_furniture():
    furniture = learn_furniture(site_pages())
    assert SLOGAN in furniture and TODAY.upper() in furniture
    assert LEADS[0] not in furniture
    assert not learn_furniture(site_pages()[:2])  # two pages prove nothing


def test_the_site_banner_and_the_day_date_are_not_read_as_the_page_s_own():
    pages = site_pages()
    alone = parse_text_page(pages[0], source="a.txt")
    assert alone.title == SLOGAN and alone.published is not None  # what a page alone shows

    page = parse_text_page(pages[0], source="a.txt", furniture=learn_furniture(pages))
    assert page.title is None
    assert page.published is None
    assert page.byline == "Minh Thư"  # a reporter's name on most pages is still a signature
    assert page.lead == LEADS[0]


def test_no_furniture_by_default():
    assert not NO_FURNITURE and "bất kỳ dòng nào" not in NO_FURNITURE
