"""HTML pages: what general marks in the markup tell about the fields and the body's ends
(metadata, class words, menus), each rule on a small page of its own."""

from bantin.legacy.reading.htmlpage import parse_html_page
from bantin.legacy.reading.profiles import ProfileSet

PROFILES = ProfileSet.load()
PARAGRAPHS = (
    "<p>Sáng 3/3, Ủy ban nhân dân phường tổ chức lễ ra quân làm sạch môi trường "
    "trên các tuyến kênh rạch của phường.</p>"
    "<p>Hơn ba trăm người dân, đoàn viên thanh niên và hội viên phụ nữ đã tham gia "
    "vớt rác, phát quang bờ kênh.</p>"
    "<p>Phường sẽ duy trì hoạt động này vào sáng chủ nhật hằng tuần đến hết năm.</p>"
)


def parse(markup, profiles=PROFILES):
    return parse_html_page(markup, source="trang.html", profiles=profiles)


def article(inside_body, head="<title>Ra quân làm sạch kênh rạch</title>", before=""):
    """A page whose body [itemprop=articleBody] holds the paragraphs and ``inside_body``."""
    return f"""<html><head>{head}</head><body>{before}
    <h1 itemprop="headline">Ra quân làm sạch kênh rạch</h1>
    <time datetime="2025-03-03T08:00:00+07:00">03/03/2025 08:00</time>
    <div class="byline">Minh An - Thu Hà</div>
    <div itemprop="articleBody">{PARAGRAPHS}{inside_body}</div></body></html>"""


def body_text(page):
    return " ".join(block.text for block in page.blocks)


def test_the_paragraph_the_summary_metadata_repeats_is_the_lead():
    summary = "Phường An Bình ra quân làm sạch toàn bộ kênh rạch trong ngày chủ nhật vừa qua."
    markup = f"""<html><head><title>Ra quân làm sạch kênh rạch</title>
    <meta property="og:description" content="{summary}"></head><body><div class="main">
    <h1>Ra quân làm sạch kênh rạch</h1><p>Cập nhật: hôm qua</p><p class="intro">{summary}</p>
    {PARAGRAPHS}</div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.lead == summary
    assert summary not in body_text(page)


def test_a_date_line_printing_the_day_already_read_is_not_the_first_paragraph():
    markup = f"""<html><head><title>Ra quân làm sạch kênh rạch</title>
    <meta property="article:published_time" content="2025-03-03T08:00:00+07:00"></head>
    <body><div class="main"><p class="date">Chủ nhật, 3/3/2025, 08:00 (GMT+7)</p>
    <h1>Ra quân làm sạch kênh rạch</h1>{PARAGRAPHS}</div></body></html>"""
    page = parse(markup, profiles=None)
    kept = [page.lead, *(block.text for block in page.blocks)]
    assert not any("GMT+7" in text for text in kept)
    assert page.lead.startswith("Sáng 3/3")


def test_related_boxes_and_share_bars_inside_the_body_are_dropped_but_not_in_text_links():
    related = (
        '<div class="article-relate"><h2 class="story__heading">Bài cũ về kênh rạch</h2></div>'
        '<div class="related_topic"><a href="/x">Tin khác cùng chủ đề</a></div>'
        '<div class="box-share">Chia sẻ bài viết</div>'
    )
    markup = article(related).replace(
        "các tuyến kênh", 'các tuyến <a class="text-relate" href="/kenh">kênh</a>'
    )
    page = parse(markup)
    text = body_text(page)
    assert page.blocks[-1].text.startswith("Phường sẽ duy trì")
    assert "Bài cũ" not in text and "Chia sẻ" not in text and "Tin khác" not in text
    assert "các tuyến kênh rạch" in page.lead + text


def test_author_marks_at_the_foot_repeating_the_byline_are_not_body_text():
    authors = '<div class="author">Minh An</div><div class="author">Thu Hà</div>'
    foot = f'<div class="meta">{authors}</div>'
    page = parse(article(foot))
    assert page.byline == "Minh An - Thu Hà"
    assert page.blocks[-1].text.startswith("Phường sẽ duy trì")


def test_a_caption_under_several_figures_is_the_last_photos_caption():
    gallery = (
        '<div class="gallery"><figure><img src="a.jpg"></figure><figure><img src="b.jpg">'
        "</figure><figcaption>Người dân vớt rác trên kênh. Ảnh: MINH AN</figcaption></div>"
    )
    page = parse(article(gallery))
    assert page.blocks[-1].kind == "image"
    assert page.blocks[-1].text.startswith("Người dân vớt rác")


def test_the_section_a_title_names_between_headline_and_site_when_the_page_shows_it():
    head = "<title>Ra quân làm sạch kênh rạch - Tin hoạt động - Cổng thông tin phường</title>"
    shown = '<div class="box"><h2 class="box-title">Tin hoạt động</h2></div>'
    assert parse(article("", head=head, before=shown)).section == "Tin hoạt động"
    assert parse(article("", head=head)).section is None
    in_banner = '<div class="banner"><span>Tin hoạt động</span></div>'
    assert parse(article("", head=head, before=in_banner)).section is None


def test_the_section_is_the_menu_entry_marked_current_that_is_not_the_page_itself():
    head = "<title>Chức năng nhiệm vụ - Cổng thông tin phường</title>"
    menu = """<nav><ul class="navi"><li><a href="/">Trang chủ</a></li>
    <li class="active"><a href="/gt">Giới thiệu</a><ul class="child-menu">
    <li class="selected"><a href="/cn">Chức năng nhiệm vụ</a></li></ul></li></ul></nav>
    <div class="dd_chuyenmuc"><span><a href="/">Trang chủ</a></span>
    <span>Chức năng nhiệm vụ</span></div>"""
    page = parse(article("", head=head, before=menu))
    assert page.section == "Giới thiệu"
    assert parse(article("", head=head, before=menu.replace("active", ""))).section is None


def test_a_breadcrumb_printed_without_separators_is_read_part_by_part():
    crumb = """<div class="duongdan"><span><a href="/">Trang chủ</a></span>
    <span><a href="/mt">Môi trường</a></span></div>"""
    assert parse(article("", before=crumb)).section == "Môi trường"


STATIC_PAGE = """<html><head><title>Chức năng nhiệm vụ - Cổng thông tin phường</title></head>
<body><div itemprop="articleBody">
<p align="center"><strong>CHỨC NĂNG, NHIỆM VỤ</strong></p>
<p align="center"><strong>ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH</strong></p>
<p align="center">&nbsp;</p>
<p><strong>A. Vị trí và chức năng</strong></p>
<p>1. Ủy ban nhân dân phường là cơ quan hành chính nhà nước ở phường, chịu trách nhiệm
trước Hội đồng nhân dân phường và cơ quan nhà nước cấp trên.</p>
<p>2. Ủy ban nhân dân phường có con dấu và tài khoản riêng theo quy định.</p>
</div></body></html>"""


def test_centred_bold_opening_lines_naming_the_page_are_its_title():
    page = parse(STATIC_PAGE)
    assert page.title == "CHỨC NĂNG, NHIỆM VỤ ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH"
    assert "CHỨC NĂNG" not in page.lead + body_text(page)


def test_centred_bold_lines_that_do_not_name_the_page_leave_the_title_alone():
    page = parse(STATIC_PAGE.replace("CHỨC NĂNG, NHIỆM VỤ</strong>", "THÔNG BÁO</strong>"))
    assert page.title == "Chức năng nhiệm vụ - Cổng thông tin phường"


def test_a_short_line_opening_the_body_is_a_subheading_not_the_lead():
    page = parse(STATIC_PAGE)
    assert page.lead == ""
    assert page.blocks[0].text == "A. Vị trí và chức năng"


def signed(ending, author="Admin Tin Tức"):
    return article(ending).replace(
        '<div class="byline">Minh An - Thu Hà</div>', f'<p class="post-author">{author}</p>'
    )


def test_a_name_set_right_at_the_end_of_a_list_is_the_signature_not_the_last_item():
    ending = '<ol><li>Vớt rác</li><li>Phát quang bờ kênh</li><li align="right">Thu Hà</li></ol>'
    page = parse(signed(ending))
    assert page.byline == "Thu Hà"
    assert page.blocks[-1].text.endswith("Phát quang bờ kênh")


def test_a_signature_does_not_replace_a_writer_the_page_names_elsewhere():
    ending = '<p style="text-align: right">Thu Hà</p>'
    page = parse(signed(ending, author="Minh An"))
    assert page.byline == "Minh An"
    assert "Thu Hà" not in body_text(page)


def test_a_right_set_name_followed_by_more_text_is_no_signature():
    ending = '<p align="right">Thu Hà</p>Phường sẽ báo cáo kết quả vào cuối tháng.'
    page = parse(signed(ending))
    assert page.byline == "Admin Tin Tức"
    assert body_text(page).endswith("vào cuối tháng.")


def test_a_first_paragraph_pasted_twice_is_the_bodys_opening_once_and_not_a_lead():
    first = PARAGRAPHS.split("</p>")[0] + "</p>"
    page = parse(article("").replace(first, first + first))
    assert page.lead == ""
    texts = [block.text for block in page.blocks]
    assert texts[0].startswith("Sáng 3/3") and not texts[1].startswith("Sáng 3/3")


def test_the_section_is_the_menu_entry_the_back_link_leads_to_not_a_box_of_other_posts():
    menu = """<header><nav><ul><li><a href="/">Trang chủ</a></li>
    <li><a href="../thong-bao.html">Thông báo</a></li></ul></nav></header>
    <aside><h2 class="module-heading">Tin mới</h2><a href="/c">Bài khác</a></aside>
    <a class="btn" href="../thong-bao.html"><i class="fa"></i> Quay lại</a>"""
    assert parse(article("", before=menu)).section == "Thông báo"
    assert parse(article("", before=menu.replace("Quay lại", "Xem tất cả"))).section is None


def linked_page(
    author="Thu Hà", section="Môi trường", shown="Thu Hà · <a>Môi trường</a> · 3/3/2025"
):
    ld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
        '"headline": "Ra quân làm sạch kênh rạch", '
        '"datePublished": "2025-03-03T08:00:00+07:00", '
        f'"author": [{{"@type": "Person", "name": "{author}"}}]}}, '
        '{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 2, "item": {"name": "' + section + '"}}, '
        '{"@type": "ListItem", "position": 1, "item": {"name": "Trang chủ"}}]}]}'
    )
    return f"""<html><head><title>Cổng thông tin phường An Bình</title>
    <script type="application/ld+json">{ld}</script></head><body>
    <div class="logo">Cổng thông tin phường An Bình</div>
    <div class="wrap"><div class="x">Ra quân làm sạch kênh rạch</div><p>{shown}</p>
    <div class="content">{PARAGRAPHS}</div></div></body></html>"""


def test_json_ld_gives_the_fields_no_markup_marks_when_the_page_shows_them():
    page = parse(linked_page(), profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch"
    assert (page.byline, page.section) == ("Thu Hà", "Môi trường")
    assert page.published.date().isoformat() == "2025-03-03"


def test_json_ld_values_the_page_does_not_show_are_left_out():
    page = parse(linked_page(shown="Bài viết của phường"), profiles=None)
    assert (page.byline, page.section, page.published) == (None, None, None)


def test_a_last_paragraph_repeating_the_byline_read_elsewhere_leaves_the_body():
    page = parse(article("<p>Minh An - Thu Hà</p>"))
    assert page.byline == "Minh An - Thu Hà"
    assert page.blocks[-1].text.startswith("Phường sẽ duy trì")


def test_broken_json_ld_is_passed_over():
    from bantin.legacy.reading.linkeddata import LinkedArticle, linked_article

    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    assert linked_article(broken) == LinkedArticle()
    assert parse(linked_page().replace('"@context"', '"@context" ,,'), profiles=None).byline is None


def test_a_long_wrapper_whose_class_names_sharing_keeps_the_article_it_holds():
    long_text = "<p>" + "Người dân phường An Bình cùng nhau dọn sạch kênh rạch. " * 60 + "</p>"
    markup = f"""<html><head><title>Ra quân làm sạch kênh rạch</title></head><body>
    <div class="post-share-wrap"><h1>Ra quân làm sạch kênh rạch</h1>
    <div class="text">{PARAGRAPHS}{long_text}</div></div></body></html>"""
    page = parse(markup, profiles=None)
    assert "Hơn ba trăm người dân" in body_text(page)


def test_no_field_nor_body_text_comes_from_a_hidden_element():
    hidden = (
        '<div style="display:none"><h1 class="title">Vị trí trang này: Trang chủ Trang</h1>'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/p">Trang</a></div></div>'
        '<p hidden>Đoạn văn ẩn của kịch bản.</p><div aria-hidden="true">Chữ ẩn khác.</div>'
        '<span style="visibility: hidden">Chữ vô hình.</span>'
    )
    markup = f"""<html><head><title>Cổng thông tin phường</title></head><body>{hidden}
    <div class="main"><h2>Ra quân làm sạch kênh rạch ở phường</h2>{PARAGRAPHS}</div>
    </body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"
    assert page.section is None
    for shown_never in ("ẩn", "vô hình", "Vị trí"):
        assert shown_never not in body_text(page)


def test_the_heading_before_the_article_text_is_the_title_not_a_comment_box_heading():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="banner"><p class="site-title">Cổng thông tin phường An Bình</p></div>
    <div class="content"><div class="modal"><h4 class="modal-title">Gửi bình luận của bạn
    về bài viết</h4><p>Xin vui lòng gõ tiếng Việt có dấu.</p></div>
    <h4 id="title">Ra quân làm sạch kênh rạch ở phường</h4>
    <div id="body">{PARAGRAPHS}</div></div>
    <div class="thongketruycap"><p class="title">Thống kê truy cập</p></div>
    </body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"


def test_a_capitalised_title_class_in_the_article_table_is_the_title():
    markup = f"""<html><head><title>Trang thông tin điện tử huyện</title></head><body>
    <div class="s4-title"><a href="/">Trang chủ</a> <a href="/a">Chính quyền</a>
    <a href="/b">Văn bản</a> <a href="/c">Liên hệ</a></div>
    <table><tr><td><p class="Title">Ra quân làm sạch kênh rạch ở phường</p>
    {PARAGRAPHS}</td></tr></table></body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"


def test_the_header_clock_and_the_dates_of_a_box_of_new_documents_are_not_the_articles():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="top-banner"><div class="time">Thứ sáu, 5/4/2019</div></div>
    <div class="content"><h2>Ra quân làm sạch kênh rạch ở phường</h2>{PARAGRAPHS}</div>
    <div class="vanbanmoi"><ul><li><a href="/vb/1">Quyết định số 12/QĐ-UBND
    <span class="ngaybanhanh">Ngày: 22/08/2016</span></a></li>
    <li><a href="/vb/2">Kế hoạch số 3/KH-UBND</a> <span class="date">(01/09/2016)</span></li>
    </ul></div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"
    assert page.published is None


def test_the_date_beside_the_article_section_header_is_read_whatever_its_case():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="top-banner"><div class="time">Thứ sáu, 5/4/2019</div></div>
    <table><tr class="news-header"><td class="FolderTitle">Tin nổi bật</td>
    <td class="Time">11/06/2019</td></tr></table>
    <div class="content"><h2>Ra quân làm sạch kênh rạch ở phường</h2>{PARAGRAPHS}</div>
    </body></html>"""
    page = parse(markup, profiles=None)
    assert page.published.date().isoformat() == "2019-06-11"


def test_of_two_headings_the_one_followed_by_text_not_links_is_the_title():
    links = "".join(f'<li><a href="/tin/{n}">Tin bài số {n} trong tuần</a></li>' for n in range(9))
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="col"><h2>Các tin bài đáng chú ý trong tuần</h2><ul>{links}</ul></div>
    <div class="col"><h2>Ra quân làm sạch kênh rạch ở phường</h2>{PARAGRAPHS}</div>
    </body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"


def test_a_visitor_statistics_box_is_neither_body_nor_byline():
    counter = (
        '<div class="box"><p class="heading">Thống kê</p><p>Đang truy cập: 3</p>'
        "<p>Hôm nay: 185</p><p>Hôm qua: 221</p><p>Tháng này: 4812</p>"
        "<p>Tháng trước: 8175</p><p>Tổng lượt truy cập: 541172</p></div>"
    )
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="content"><h2>Ra quân làm sạch kênh rạch ở phường</h2>
    {PARAGRAPHS}{counter}</div></body></html>"""
    page = parse(markup, profiles=None)
    assert "truy cập" not in body_text(page)
    assert page.byline is None


def test_a_counter_line_closing_the_body_is_no_byline():
    page = parse(article("<p>Tổng lượt truy cập: 541172</p>").replace("byline", "x"))
    assert page.byline is None


def test_a_link_line_closing_the_body_leaves_it_and_the_signature_above_is_the_byline():
    ending = "<p>Vương Hợp – ĐTT.</p><p>Xem chi tiết <a href='/goc'>tại đây</a></p>"
    page = parse(article(ending).replace("byline", "x"))
    assert page.byline == "Vương Hợp – ĐTT"
    assert "tại đây" not in body_text(page)


def test_a_labelled_signature_set_right_loses_its_label():
    ending = '<p style="text-align:right">Tin, ảnh: Thanh Bình</p>'
    page = parse(article(ending).replace("byline", "x"))
    assert page.byline == "Thanh Bình"


def test_theo_a_source_closing_the_body_is_the_source_signature():
    page = parse(article("<p>Theo Báo Đắk Nông điện tử</p>").replace("byline", "x"))
    assert page.byline == "Báo Đắk Nông điện tử"
    assert "Theo" not in body_text(page)
    signed = parse(article("<p>Theo Báo Đắk Nông điện tử</p>"))
    assert signed.byline == "Minh An - Thu Hà"
    assert "Theo" not in body_text(signed)


def test_the_lone_link_beside_the_headline_is_the_section():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="content"><div class="row"><h4 id="title">Ra quân làm sạch kênh rạch ở
    phường</h4><div class="col"><span class="icon"></span><a href="/tin-noi-bat">Tin nổi
    bật</a></div><div class="col">Admin <a href="#binh-luan">0 bình luận</a></div></div>
    <div id="detail">{PARAGRAPHS}</div></div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.section == "Tin nổi bật"


def test_the_title_of_the_box_holding_the_article_is_the_section():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <table><tr class="box-title"><td>Tin hoạt động</td></tr>
    <tr><td><h2>Ra quân làm sạch kênh rạch ở phường</h2>{PARAGRAPHS}</td></tr></table>
    </body></html>"""
    page = parse(markup, profiles=None)
    assert page.section == "Tin hoạt động"


def test_a_view_count_printed_before_its_words_is_read():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="content"><h2>Ra quân làm sạch kênh rạch ở phường</h2>
    <div class="info">Admin <span class="badge">1.205</span> lần xem</div>
    {PARAGRAPHS}</div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.views == 1205


def test_a_caption_in_a_paragraph_under_a_photo_in_a_table_is_the_photos_caption():
    photo = (
        '<table align="center"><tr><td><img src="/anh/1.jpg" alt=""></td></tr>'
        "<tr><td><p>Lãnh đạo phường phát động ra quân làm sạch kênh rạch</p></td></tr></table>"
    )
    markup = f"""<html><head><title>Ra quân làm sạch kênh rạch</title></head><body>
    <h1 itemprop="headline">Ra quân làm sạch kênh rạch</h1>
    <div itemprop="articleBody">{photo}{PARAGRAPHS}</div></body></html>"""
    page = parse(markup)
    assert page.blocks[0].kind == "image"
    assert page.blocks[0].text == "Lãnh đạo phường phát động ra quân làm sạch kênh rạch"
    assert page.blocks[1].text.startswith("Sáng 3/3")


def test_a_heading_of_a_paragraphs_length_under_the_headline_is_the_lead():
    lead = (
        "Ngày 3/3, tại phường An Bình, Ủy ban nhân dân phường phối hợp với Mặt trận Tổ quốc "
        "và các đoàn thể tổ chức lễ ra quân làm sạch toàn bộ kênh rạch trên địa bàn phường"
    )
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="content"><div><h2>Ra quân làm sạch kênh rạch ở phường</h2><h3>{lead}</h3>
    {PARAGRAPHS}</div></div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.title == "Ra quân làm sạch kênh rạch ở phường"
    assert page.lead == lead
    assert page.blocks[0].text.startswith("Sáng 3/3")


def test_counts_of_the_day_in_the_article_are_not_a_visitor_counter():
    figures = (
        "<div><p>Hôm nay: 20 ca mắc mới.</p><p>Hôm qua: 15 ca mắc mới.</p></div>"
        "<p>Trạm y tế phường khuyến cáo người dân diệt lăng quăng, đậy kín dụng cụ chứa nước "
        "và đến cơ sở y tế ngay khi có dấu hiệu sốt cao liên tục từ hai ngày trở lên.</p>"
    )
    page = parse(article(figures))
    assert "Hôm nay: 20 ca mắc mới." in body_text(page)


def test_the_writers_link_beside_the_headline_is_no_section():
    markup = f"""<html><head><title>Cổng thông tin phường An Bình</title></head><body>
    <div class="content"><div class="row"><h4 id="title">Ra quân làm sạch kênh rạch ở
    phường</h4><div class="col"><a href="/tac-gia/minh-an">Minh An</a></div></div>
    <div id="detail">{PARAGRAPHS}</div></div></body></html>"""
    page = parse(markup, profiles=None)
    assert page.section is None
