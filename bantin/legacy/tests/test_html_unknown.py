"""HTML pages of a portal no profile describes (written here in a Liferay page's shape): the
headline <title> opens with wins over the heading of the box it is shown in, and the view
count printed as "View count" is read."""

from datetime import datetime

from bantin.legacy.reading import ReadOptions, read_page
from bantin.legacy.reading.sources import FolderPage
from bantin.vietnamese import TIMEZONE

HEADLINE = "Phường Tân Hà hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3 và 4"
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{HEADLINE}. - Tin nổi bật - Cổng thông tin điện tử phường Tân Hà</title></head>
<body><section class="portlet"><header class="portlet-topper">
<h1 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h1></header>
<div class="portlet-body">
<div class="asset-full-content-title">{HEADLINE}.</div>
<div class="assetPublishDate">Ngày đăng 20/06/2018 | 4:12 PM &nbsp;|&nbsp;View count: 349</div>
<div class="asset-full-content"><p>Nhằm giúp người dân và doanh nghiệp làm thủ tục hành chính
nhanh hơn, Ủy ban nhân dân phường Tân Hà đã làm video hướng dẫn nộp hồ sơ trực tuyến.</p>
<p>Video được phát trên cổng thông tin của phường và tại bộ phận một cửa.</p></div>
</div></section></body></html>"""


def test_the_headline_title_opens_with_beats_the_box_heading(tmp_path):
    path = tmp_path / "tin.html"
    path.write_text(PAGE, encoding="utf-8")
    page = read_page(FolderPage(tmp_path, path), ReadOptions())
    assert page.title == f"{HEADLINE}."
    assert page.views == 349
    assert page.published == datetime(2018, 6, 20, 16, 12, tzinfo=TIMEZONE)
