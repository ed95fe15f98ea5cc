# ruff: noqa: E501 - page templates keep their markup on the lines a portal would print.
"""How each portal family prints an article, as text the fixture builder then encodes.

Each layout is a function (article, page) -> markup, with ``page`` carrying the quirks of
one fixture page (build.py encodes the markup afterwards). The markup is invented for these fixtures after the way each family lays
out its pages (element names, date formats, boilerplate); no real page was copied.
"""

from html import escape

from bantin.vietnamese import WEEKDAYS, format_datetime

SCRIPT = '<script>document.write("<b>quảng cáo</b>")</script>'
DIRTY = (
    '<img src="x.gif" onerror="alert(1)" width="1" height="1">'
    '<iframe src="https://evil.example/track"></iframe>'
)
VIDEO = '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123"></iframe>'
LINK_SCRIPT = '<a href="javascript:alert(1)" onclick="steal()" style="color:red">'


def views_text(views):
    return f"{views:,}".replace(",", ".")


def weekday_number(value):
    index = value.weekday()
    return "Chủ nhật" if index == 6 else f"Thứ {index + 2}"


class Text:
    """Escapes page text for markup."""

    def __init__(self, page):
        self.page = page

    def __call__(self, text):
        return escape(text, quote=False)


def body_paragraphs(article, page, t, first_tag="p", caption=None):
    """The lead, photos, paragraphs and byline as most bodies print them."""
    parts = []
    lead = f"<strong>{t(article.lead)}</strong>" if page.bold_lead else t(article.lead)
    if "dirty" in page.quirks:
        lead = f"{LINK_SCRIPT}{t(article.lead)}</a>"
    parts.append(f"<{first_tag}>{lead}</{first_tag}>")
    for number, text in enumerate(article.captions, start=1):
        parts.append((caption or figure_photo)(page.image(number), t(text)))
        if number <= len(article.paragraphs):
            parts.append(f"<p>{t(article.paragraphs[number - 1])}</p>")
    for text in article.paragraphs[len(article.captions) :]:
        parts.append(f"<p>{t(text)}</p>")
    if "dirty" in page.quirks:
        parts.insert(1, SCRIPT + DIRTY + f"<p>{VIDEO}</p>")
    if page.shows_byline and article.byline and not page.byline_outside:
        parts.append(f'<p style="text-align: right;"><strong>{t(article.byline)}</strong></p>')
    html = "\n".join(parts)
    if "malformed" in page.quirks:
        html = html.replace("</p>", "").replace("</strong>", "", 1)
    return html


def figure_photo(src, caption):
    return (
        f'<figure class="image"><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'
    )


def centred_photo(src, caption):
    return (
        f'<p style="text-align: center;"><img src="{src}" width="500" height="333"></p>\n'
        f'<p style="text-align: center;"><em>{caption}</em></p>'
    )


def table_photo(src, caption):
    return (
        '<table class="image" align="center"><tr><td>'
        f'<img src="{src}" border="0"></td></tr><tr><td class="image_desc">{caption}</td></tr>'
        "</table>"
    )


def labelled_photo(src, caption):
    return f'<p><img src="{src}" alt="anh1.jpg"></p>\n<p>Ảnh: {caption}</p>'


def related(article, t, label, dates=True):
    items = "".join(
        f'<li><a href="/tin/{number}.html">{t(title)}</a>'
        + (f" <span class='date'>({day})</span>" if dates else "")
        + "</li>"
        for number, (title, day) in enumerate(
            [
                ("Hội nghị sơ kết 6 tháng đầu năm", "12/07/2019"),
                ("Ra quân tổng vệ sinh môi trường", "03/03/2018"),
            ],
            start=1,
        )
    )
    return f"<h3>{t(label)}</h3><ul>{items}</ul>"


def sharepoint2010(article, page):
    t = Text(page)
    when = article.published
    date = f'<span class="date-news">{format_datetime(when, "long")}</span>' if page.dated else ""
    section = f'<span class="category-news">{t(article.section)}</span>' if page.sectioned else ""
    views = (
        f'<div class="view-count">Số lượt người xem: {article.views}</div>'
        if page.shows_views and article.views is not None
        else ""
    )
    digits = "".join(
        f'<img src="/_layouts/images/so{d}.gif" width="13" height="18">' for d in "37478974"
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="Content-Type" content="text/html; charset={page.charset}">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>{t(article.title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1033/styles/Themable/corev4.css">
{SCRIPT}
</head>
<body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="ChiTiet.aspx" id="aspnetForm">
<div id="s4-ribbonrow"><a href="#" class="ms-skip">Skip Ribbon Commands</a></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="ms-bannerContainer"><div class="menu horizontal"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></div></div>
<div class="counter-box"><span>SỐ LƯỢT TRUY CẬP</span>{digits}</div>
<div id="MSO_ContentTable">
<div class="news-header">{section} {date}</div>
<div class="title-news">{t(article.title)}</div>
<div class="ms-rtestate-field">
{body_paragraphs(article, page, t, caption=centred_photo)}
</div>
{views}
<div class="other-news"><div class="tin-moi">{related(article, t, "TIN MỚI HƠN")}</div><div class="tin-cu">{related(article, t, "TIN ĐÃ ĐƯA")}</div></div>
<div class="print-back"><a href="javascript:window.print()">Bản in</a> <a href="javascript:history.back()">Quay lại</a></div>
</div></div></div></form>
<div class="footer">Cổng thông tin điện tử - Bản quyền thuộc Ủy ban nhân dân quận</div>
</body></html>
"""


def liferay(article, page):
    t = Text(page)
    when = article.published
    info = []
    if page.dated:
        info.append(f"Ngày đăng {when:%d/%m/%Y} | {when:%H:%M}")
    if page.shows_views and article.views is not None:
        info.append(f"Lượt xem: {views_text(article.views)}")
    crumbs = '<li class="first"><a href="/web/guest/home">Trang chủ</a></li>'
    if page.sectioned:
        crumbs += f'<li><a href="/web/guest/tin-tuc">Tin tức</a></li><li class="last"><a href="/web/guest/{article.slug[:8]}">{t(article.section)}</a></li>'
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>{t(article.title)} - Cổng thông tin điện tử</title>
<meta content="text/html; charset={page.charset}" http-equiv="content-type">
<link href="https://phuong.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/{article.slug}" rel="canonical">
<script type="text/javascript">var Liferay = {{ Browser: {{}}, ThemeDisplay: {{}} }};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title"><span>Cổng thông tin điện tử phường</span></h1></div>
<nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul></nav></header>
<div id="content"><ul class="breadcrumbs breadcrumbs-horizontal lfr-component">{crumbs}</ul>
<div class="portlet-boundary portlet-boundary_101_ portlet-journal-content" id="p_p_id_101_INSTANCE_xyz_">
<div class="asset-full-content"><h3 class="header-title"><span>{t(article.title)}</span></h3>
<div class="asset-info">{" &nbsp; ".join(info)}</div>
<div class="journal-content-article">
{body_paragraphs(article, page, t, caption=table_photo)}
</div></div></div>
<div class="portlet-boundary portlet-asset-publisher"><div class="related">{related(article, t, "Tin liên quan")}</div></div>
</div>
<footer id="footer" role="contentinfo"><p class="powered-by">Vận hành bởi Liferay</p><p>Số lượt truy cập: 1.024.337</p></footer>
</div></body></html>
"""


def joomla(article, page):
    t = Text(page)
    when = article.published
    info = []
    if page.sectioned:
        info.append(
            f'<dd class="category-name">Danh mục: <a href="/tin-tuc" itemprop="genre">{t(article.section)}</a></dd>'
        )
    if page.dated:
        info.append(
            f'<dd class="published"><time datetime="{when.isoformat()}" itemprop="datePublished">Ngày đăng: {when:%d/%m/%Y}</time></dd>'
        )
    if page.shows_byline and article.byline and page.byline_outside:
        info.append(
            f'<dd class="createdby" itemprop="author"><span itemprop="name">Viết bởi {t(article.byline)}</span></dd>'
        )
    if page.shows_views and article.views is not None:
        info.append(
            f'<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{article.views}">Lượt xem: {article.views}</dd>'
        )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="{page.charset}"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{t(article.title)}</title></head>
<body class="site com_content view-article">
<div class="container"><header class="header"><a class="brand" href="/">UBND xã</a>
<nav class="navigation" role="navigation"><ul class="nav menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav></header>
<main id="content" role="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{t(article.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>{"".join(info)}</dl>
<div itemprop="articleBody">
{body_paragraphs(article, page, t, caption=figure_photo)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="/tin-tuc/1" rel="prev">Trước</a></li><li class="next"><a href="/tin-tuc/3" rel="next">Tiếp</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews"><li><a href="/a">Thông báo lịch tiếp công dân tháng 12 (01/12/2020)</a></li></ul></div></div>
</div><footer class="footer" role="contentinfo"><p>&copy; UBND xã</p></footer></body></html>
"""


def wordpress(article, page):
    t = Text(page)
    when = article.published
    weekday = WEEKDAYS[when.weekday()] if when else ""
    date = (
        f'<span class="posted-on"><a href="/{when:%Y/%m/%d}/{article.slug}/" rel="bookmark"><time class="entry-date published" datetime="{when.isoformat()}">{weekday}, {when:%d/%m/%Y} - {when:%H:%M}</time></a></span>'
        if page.dated
        else ""
    )
    author = (
        f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bt/">{t(article.byline)}</a></span></span>'
        if page.shows_byline and article.byline and page.byline_outside
        else ""
    )
    category = (
        f'<span class="cat-links"><a href="/chuyen-muc/{article.slug[:6]}/" rel="category tag">{t(article.section)}</a></span>'
        if page.sectioned
        else ""
    )
    views = (
        f'<div class="post-views"><span class="post-views-label">Lượt xem: </span><span class="post-views-count">{views_text(article.views)}</span></div>'
        if page.shows_views and article.views is not None
        else ""
    )
    return f"""<!doctype html>
<html lang="vi">
<head><meta charset="{page.charset}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t(article.title)} &#8211; Trang tin điện tử phường</title>
<meta name="generator" content="WordPress 5.8.2">
<link rel="canonical" href="https://phuong.example.vn/{article.slug}/">
<style id="wp-custom-css">.entry-title{{color:#b00}}</style>
</head>
<body class="post-template-default single single-post postid-{len(article.slug)} single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Trang tin điện tử phường</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-tuc/">Tin tức</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-1" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{t(article.title)}</h1>
<div class="entry-meta">{date}{author}</div></header>
<div class="entry-content">
{body_paragraphs(article, page, t, caption=figure_photo)}
{views}
<div id="jp-relatedposts" class="jp-relatedposts">{related(article, t, "Bài viết liên quan")}</div>
</div>
<footer class="entry-footer">{category}</footer>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul><li><a href="/a/">Lịch tiếp công dân</a><span class="post-date">02/02/2020</span></li></ul></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">Vận hành bởi WordPress</div></footer></div>
</body></html>
"""


def oldportal(article, page):
    t = Text(page)
    when = article.published
    face = (
        ".VnTime"
        if page.encoding == "tcvn3"
        else ("VNI-Times" if page.encoding == "vni" else "Times New Roman")
    )
    heading_face = ".VnTimeH" if "heading-font" in page.quirks else face
    date = f"Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}" if page.dated else "&nbsp;"
    views = (
        f"Số lần xem: {views_text(article.views)}"
        if page.shows_views and article.views is not None
        else ""
    )
    path = (
        f"Trang chủ &raquo; Tin tức &raquo; {t(article.section)}" if page.sectioned else "Trang chủ"
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={page.charset}">
<title>Cong thong tin dien tu</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="778" height="120"></td></tr>
<tr><td width="180" valign="top" class="menutrai">
<table width="100%" class="menu"><tr><td><a href="default.asp">Trang chủ</a></td></tr><tr><td><a href="tintuc.asp">Tin tức</a></td></tr></table>
</td>
<td valign="top">
<table width="100%" border="0" cellpadding="4">
<tr><td class="duongdan"><font face="{face}">{path}</font></td></tr>
<tr><td class="tieude"><font face="{heading_face}" size="4" color="#0000CC"><b>{t(article.title)}</b></font></td></tr>
<tr><td class="ngaydang"><i>{date}</i></td></tr>
<tr><td class="noidung"><font face="{face}" size="3">
{body_paragraphs(article, page, t, caption=table_photo)}
</font></td></tr>
<tr><td class="luotxem" align="right">{views}</td></tr>
<tr><td class="tinkhac"><b>Các tin khác:</b><br>
<a href="chitiet.asp?id=101">&#187; Hội nghị giao ban tháng 11</a> (25/11/2008)<br>
<a href="chitiet.asp?id=99">&#187; Thông báo lịch tiếp dân</a> (20/11/2008)</td></tr>
</table></td></tr>
<tr><td colspan="2" class="chantrang" align="center">Cơ quan chủ quản: UBND huyện<br>Số lượt truy cập: 245.118</td></tr>
</table>
</body>
</html>
"""


def newsportal(article, page):
    t = Text(page)
    when = article.published
    style = page.date_style
    if not page.dated:
        date = ""
    elif style == "hour":
        date = f"{when.hour}h{when:%M} ngày {when.day}/{when.month}/{when.year}"
    elif style == "gmt":
        date = f"{weekday_number(when)}, {when:%d/%m/%Y} {when:%H:%M} (GMT+7)"
    else:
        date = f"{weekday_number(when)}, Ngày {when:%d/%m/%Y}, {when:%H:%M}"
    crumbs = '<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
    if page.sectioned:
        crumbs += f'<li class="breadcrumb-item"><a href="/chuyen-muc/{article.slug[:5]}">{t(article.section)}</a></li>'
    author = (
        f'<div class="news-author">{t(article.byline)}</div>'
        if page.shows_byline and article.byline
        else ""
    )
    views = (
        f'<span class="news-views"><i class="fa fa-eye"></i> {views_text(article.views)}</span>'
        if page.shows_views and article.views is not None
        else ""
    )
    body = body_paragraphs(article, page, t, caption=centred_photo)
    lead_end = body.index("\n") if "\n" in body else len(body)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="{page.charset}"><title>{t(article.title)}</title>
<meta property="og:title" content="{t(article.title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/Content/portal.min.css"></head>
<body>
<div class="top-bar"><div class="container">Thứ Năm, 01/01/2015 | <a href="/lien-he">Liên hệ</a></div></div>
<div class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li></ul></div>
<div class="container"><ol class="breadcrumb">{crumbs}</ol>
<div class="row"><div class="col-md-8"><div class="news-detail">
<h1 class="news-title">{t(article.title)}</h1>
<div class="news-info"><span class="news-date">{date}</span> {views}</div>
<div class="news-sapo">{body[:lead_end].replace("<p>", "").replace("</p>", "")}</div>
<div class="news-content">{body[lead_end:]}</div>
{author}
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=x">Gửi email</a></div>
</div>
<div class="news-other"><div class="tin-khac"><h4>Tin khác</h4><ul><li><a href="/b">Kế hoạch tổ chức Tết Trung thu</a> <span>(12/08/2016)</span></li></ul></div></div>
</div><div class="col-md-4 sidebar"><div class="box-lienket">Liên kết website</div></div></div></div>
<div class="footer"><p>Trang thông tin điện tử - Địa chỉ: số 1 đường Lê Lợi</p></div>
</body></html>
"""


def generic(article, page):
    t = Text(page)
    when = article.published
    date = (
        f'<p class="post-meta">Đăng ngày {when:%d/%m/%Y} lúc {when:%H:%M}</p>' if page.dated else ""
    )
    crumbs = (
        f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin">{t(article.section)}</a></div>'
        if page.sectioned
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{page.charset}"><title>{t(article.title)}</title></head>
<body>
<div id="top"><div class="logo">Ban quản lý khu phố</div></div>
{crumbs}
<div id="wrap"><div class="left-col"><div class="box"><h4>Danh mục</h4><p><a href="/a">Thông báo</a> <a href="/b">Văn bản</a></p></div></div>
<div class="main-col"><h1>{t(article.title)}</h1>
{date}
<div class="text">
{body_paragraphs(article, page, t, caption=labelled_photo)}
</div>
<div class="box"><h4>Xem thêm</h4><p><a href="/c">Danh sách tổ trưởng dân phố</a></p></div>
</div></div>
<div id="bottom">Liên hệ: 0200 3800 000</div>
</body></html>
"""


def text_sharepoint(article, page):
    t = str
    lines = ["SỐ LƯỢT TRUY CẬP", "", *"37478974", ""]
    head = t(article.section) if page.sectioned else ""
    if page.dated:
        head = f"{head} {format_datetime(article.published, 'long')}".strip()
    lines += [head, "", t(article.title), "", " ", ""]
    lines += text_body(article, page)
    if page.shows_views and article.views is not None:
        lines += [
            "",
            f"Số lượt người xem: {article.views}    ",
            "",
            "TIN MỚI HƠN",
            "",
            "TIN ĐÃ ĐƯA",
        ]
    return "\n".join(lines)


def text_vendor(article, page):
    t = str
    when = article.published
    lines = ["Skip Ribbon Commands", "Skip to main content"]
    if page.sectioned:
        lines.append(t(article.section))
    lines += ["", t(article.title)]
    meta = []
    if page.dated:
        meta.append(f"Ngày đăng {when:%d/%m/%Y} | {when:%H:%M} ")
    if page.shows_views and article.views is not None:
        meta.append(f" Lượt xem: {views_text(article.views)}")
    lines += ["|".join(meta), ""]
    lines += text_body(article, page)
    lines += ["", "Bản in Quay lại", "Xem theo ngày:"]
    return "\n".join(lines)


def text_labelled(article, page):
    t = str
    when = article.published
    lines = ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ", "=" * 30, f"Tiêu đề: {t(article.title)}"]
    if page.sectioned:
        lines.append(f"Chuyên mục: {t(article.section)}")
    if page.dated:
        lines.append(f"Ngày đăng: {when:%d/%m/%Y %H:%M}")
    if page.shows_byline and article.byline:
        lines.append(f"Tác giả: {t(article.byline)}")
    if page.shows_views and article.views is not None:
        lines.append(f"Lượt xem: {views_text(article.views)}")
    lines += ["-" * 30, ""]
    lines += text_body(article, page, byline=False)
    lines += ["", "-" * 30, "In trang | Về đầu trang"]
    return "\n".join(lines)


def text_body(article, page, byline=True):
    t = str
    lines = [t(article.lead), ""]
    for number, text in enumerate(article.captions, start=1):
        lines += [f"Ảnh: {t(text)}", ""]
        if number <= len(article.paragraphs):
            lines += [t(article.paragraphs[number - 1]), ""]
    for text in article.paragraphs[len(article.captions) :]:
        lines += [t(text), ""]
    if byline and page.shows_byline and article.byline:
        lines += [t(article.byline), ""]
    return lines


LAYOUTS = {
    "sharepoint2010": sharepoint2010,
    "liferay": liferay,
    "joomla": joomla,
    "wordpress": wordpress,
    "oldportal": oldportal,
    "newsportal": newsportal,
    "generic": generic,
    "text-sharepoint": text_sharepoint,
    "text-vendor": text_vendor,
    "text-labelled": text_labelled,
}
TEXT_LAYOUTS = {"text-sharepoint", "text-vendor", "text-labelled"}
