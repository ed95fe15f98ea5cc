"""A site's furniture learnt from the batch: lines its pages all print are never taken as a
page's headline or date (pages written here, in the shapes real captures have)."""

import io

import pytest
from django.core.management import call_command

from bantin.legacy.reading import sample_text
from bantin.legacy.reading.furniture import NO_FURNITURE, furniture_of_sources, learn_furniture
from bantin.legacy.reading.sources import iter_sources
from bantin.legacy.reading.textpage import parse_text_page
from bantin.news.models import ArticlePage

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


def many_pages(count=12):
    """A site's folder: its banner and the day's date above every lead."""
    return [
        "\n".join([SLOGAN, TODAY, f"{LEADS[number % 3]} Lần thứ {number}.", "Minh Thư"])
        for number in range(count)
    ]


def write_site(folder, count=12):
    folder.mkdir(parents=True)
    for number, text in enumerate(many_pages(count), start=1):
        (folder / f"bai-{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_import(*args):
    out = io.StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_the_import_learns_each_folders_furniture_before_reading_its_pages(site, tmp_path):
    out = run_import(write_site(tmp_path / "tan-ha"))
    assert "Khung trang: 3 dòng lặp lại trên nhiều trang (học từ 12 trang trong" in out
    articles = ArticlePage.objects.all()
    assert len(articles) == 12
    assert not any(article.title == SLOGAN for article in articles)
    assert all(article.published_at is None and not article.live for article in articles)
    assert {article.byline for article in articles} == {"Minh Thư"}


@pytest.mark.django_db
def test_without_furniture_each_page_is_read_alone(site, tmp_path):
    out = run_import(write_site(tmp_path / "tan-ha"), "--no-furniture", "--dry-run")
    assert "Khung trang" not in out


def sources_under(folder):
    return lambda: iter_sources([folder])


def test_folders_learn_apart_and_a_small_folder_not_at_all(tmp_path):
    write_site(tmp_path / "xa-mot")
    write_site(tmp_path / "xa-hai", count=9)
    furniture, read, total = furniture_of_sources(sources_under(tmp_path), sample_text)
    assert (read, total) == (12, 21)
    by_folder = {source.relative.split("/")[0]: source for source in iter_sources([tmp_path])}
    assert SLOGAN in furniture.for_page(by_folder["xa-mot"])
    assert SLOGAN not in furniture.for_page(by_folder["xa-hai"])  # nine pages tell too little


def test_a_large_folder_is_learnt_from_pages_spread_over_it(tmp_path):
    write_site(tmp_path / "xa-mot", count=30)
    opened = []

    def read(source):
        opened.append(int(source.relative[-6:-4]))
        return sample_text(source)

    furniture, read_count, _ = furniture_of_sources(sources_under(tmp_path), read, per_folder=10)
    assert read_count == 10 and SLOGAN in furniture.for_page(next(iter_sources([tmp_path])))
    assert opened[0] <= 3 and opened[-1] >= 28  # from the start of the folder to its end


def test_a_section_every_page_of_a_folder_prints_is_still_its_section():
    pages = [
        "\n".join(["Tin tức sự kiện", f"Xã Tân Hà tổ chức hoạt động số {number}", TODAY, lead])
        for number, lead in enumerate(LEADS, start=1)
    ]
    furniture = learn_furniture(pages)
    assert "Tin tức sự kiện" in furniture
    page = parse_text_page(pages[1], source="b.txt", furniture=furniture)
    assert page.section == "Tin tức sự kiện"
    assert page.title == "Xã Tân Hà tổ chức hoạt động số 2"
    assert page.published is None  # the day's date on every page is still not the page's


@pytest.mark.django_db
def test_importing_the_same_folder_again_finds_every_page_unchanged(site, tmp_path):
    folder = write_site(tmp_path / "tan-ha")
    run_import(folder)
    out = run_import(folder)
    assert "0 mới, 12 cập nhật" in out and "12 không đổi nội dung" in out


def test_the_site_s_name_after_its_titles_is_learnt_from_the_batch_and_taken_off():
    site = "Trường THPT Hòa Bình"
    topics = (
        "Rung chuông vàng mừng ngày thành lập Đoàn",
        "Hội thao giáo viên chào mừng 20/11",
        "Lễ khai giảng năm học mới của nhà trường",
        "Học sinh tham gia trồng cây xanh",
    )
    texts = [
        f"{topic} - {site}\n\n{lead}\n\n{BODY.format(number)}\n"
        for number, (topic, lead) in enumerate(zip(topics, (*LEADS, LEADS[0]), strict=True))
    ]
    furniture = learn_furniture(texts)
    assert furniture.suffixes == {site.casefold()}
    page = parse_text_page(texts[0], furniture=furniture)
    assert page.title == topics[0]
    alone = parse_text_page(texts[0])
    assert alone.title == f"{topics[0]} - {site}"  # one page alone cannot tell the site's name


@pytest.mark.django_db
def test_the_import_takes_the_site_s_name_off_the_titles_it_learnt_it_from(site, tmp_path):
    folder = tmp_path / "truong-hoa-binh"
    folder.mkdir()
    for number in range(12):
        headline = f"Hoạt động ngoại khóa của học sinh khối {number + 1} trong tuần"
        lead = f"{LEADS[number % 3]} Lần thứ {number}."
        text = f"{headline} - Trường THCS Hòa Bình\n{TODAY}\n{lead}\nMinh Thư\n"
        (folder / f"bai-{number:02d}.txt").write_text(text, encoding="utf-8")
    out = run_import(folder)
    assert "Tên trang sau tiêu đề, được bỏ khỏi tiêu đề: «trường thcs hòa bình»" in out
    titles = {article.title for article in ArticlePage.objects.all()}
    assert titles == {
        f"Hoạt động ngoại khóa của học sinh khối {number + 1} trong tuần" for number in range(12)
    }


def test_a_menu_item_every_page_prints_with_a_dash_names_no_site():
    texts = [
        f"Tin số {number} của nhà trường trong tuần - Trường THCS Hòa Bình\n"
        f"• Tin tức - Sự kiện\n• Đoàn - Đội\n{LEADS[number % 3]} Lần thứ {number}.\n"
        for number in range(6)
    ]
    assert learn_furniture(texts).suffixes == {"trường thcs hòa bình"}
