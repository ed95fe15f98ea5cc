"""What a line of a text page is: a sentence of the article, page furniture, a menu label,
a view count. The head (textfields.py and the modules it reads with) and the signature
(textsignature.py) all ask."""

import re

from bantin.legacy.reading.conventions import VIEWS_AFTER_COUNT, VIEWS_WORDS

SENTENCE_END = tuple(".!?;:…")
BODY_MIN_WORDS = 12
BODY_MAX_CHARS = 300
LEAD_OPENER = re.compile(
    r"^(?:\([^)]{1,40}\)\s*[-–—:]"
    r"|[^\s,]{2,12}\s*[-–—]\s*\([^)]{1,40}\)"
    r"|(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|sáng nay|chiều nay|tối nay|hôm nay|hôm qua|vừa qua"
    r"|mới đây|trong (?:các )?ngày|từ ngày|đầu tháng|cuối tháng|năm \d{4})"
    r"(?:\s+(?:ngày|nay|qua|mai))?\s*(?:\(?\d|,))"
    r"|nhằm\s"  # a purpose clause ("Nhằm hỗ trợ nhân dân …") opens a lead, never a headline
    # a sentence that goes on from the one before ("Theo đó, …", "Bên cạnh đó, …") or sets
    # the story in its time ("Thời gian này, …"): the article's text, never its headline
    r"|(?:theo đó|tuy nhiên|bên cạnh đó|ngoài ra|đồng thời|qua đó|do đó|vì vậy|như vậy|cụ thể"
    r"|sau đó|tiếp đó|từ đó|trong đó|thời gian này)\s*,",
    re.IGNORECASE,
)
LABELLED_VIEWS = re.compile(
    rf"(?:{VIEWS_WORDS}|views?|lượt truy cập)\s*:?\s*(\d[\d.,]*)"
    rf"|(\d[\d.,]*)\s*(?:{VIEWS_AFTER_COUNT}|views?)\b",
    re.IGNORECASE,
)
ADDRESS = re.compile(
    r"https?:|www\.|@|\.vn\b|\.com\b|đường dây nóng|hotline|điện thoại|^địa chỉ\s*:", re.I
)
# A line of a contact box ("Điện thoại: 0296 ...", "Email: ..."): the line over it is a
# person or an office to call, not a headline.
CONTACT = re.compile(r"^(?:điện thoại|đt|email|e-mail|fax|di động|hotline)\s*:", re.IGNORECASE)
DETAIL_WORDS = r"chi ti[eế]t(?: bài viết| tin tức| tin)?"
"""The label of the box, or the window, an article's detail is printed in ("Chi tiết tin")."""
DETAIL_LABEL = re.compile(rf"^(?:nội dung )?{DETAIL_WORDS}:?$", re.IGNORECASE)
"""That label alone on a line: the headline comes next."""
DETAIL_PREFIX = re.compile(rf"^{DETAIL_WORDS}\s+", re.IGNORECASE)
"""That label before a section's name ("Chi tiết bài viết Tin tức")."""
WINDOW_TITLE = re.compile(rf"^(?:xem )?{DETAIL_WORDS}(?:_new)?\s+[-–|]\s+(.+)$", re.IGNORECASE)
"""The window's title a capture kept ("Chi tiết tin tức - Huyện Hải Lăng"): the site's name
after the label."""
FURNITURE = re.compile(
    # Words of share bars, print boxes and page tools: a short line with one of them is
    # furniture, never a headline, a section or a signature.
    r"cỡ chữ|font size|\brss\b|gởi cho bạn bè|gửi cho bạn bè|bản in|\bin bài|\bin trang|e-?mail"
    r"|facebook|zalo|twitter"
    r"|lưu thông tin|đăng nhập|multimedia|báo in|^!\[|^<"
    r"|^(?:[-+]?A[-+]?\s*){2,3}$"  # the text-size buttons ("-A A +A")
    r"|bấm vào (?:hình|ảnh)|nhấn vào (?:hình|ảnh)|click vào (?:hình|ảnh)|kích thước thật"
    r"|phiên bản mobile|phiên bản di động|your website"  # and a template's placeholder
    r"|^(?:được )?(?:phát triển|thiết kế|xây dựng) bởi\b|^(?:designed|developed|powered) by\b"
    r"|^theo dõi\b.{0,60}\btrên$"  # "Theo dõi Báo … trên" (a news reader's follow button)
    # a portal's widgets
    r"|^(?:thời tiết(?: các vùng| các tỉnh)?|tỷ giá(?: ngoại tệ)?|giá vàng|lịch âm"
    r"|ý kiến thăm dò|thăm dò ý kiến|bản đồ(?: [^\W\d_]+){0,4}"  # "BẢN ĐỒ TỈNH HÀ TĨNH"
    r"|thống kê truy cập|share|tweet)$"
    r"|^(?:quảng|quản) cáo\b|banner$"  # an advertising slot's name ("Quản Cáo  Topbanner")
    r"|lượt (?:người )?truy cập"  # a visitor counter's subtitle
    # a portal's reader that reads the article aloud, and its messages ("Tạm dừng" alone
    # opens headlines: "Tạm dừng tiếp công dân …")
    r"|đọc bài viết|dừng đọc|không có file audio|vui lòng chờ giây lát|^từ viết tắt$"
    # "Chi tiết tin - <site>", "Chi tiết - <site>"
    rf"|^(?:xem )?{DETAIL_WORDS}(?:_new)?\s+[-–]\s",
    re.IGNORECASE,
)
NUMBERED_HEADING = re.compile(r"^(?:[IVXLC]+|[a-zđ]|\d{1,2})[.)]\s", re.IGNORECASE)
"""A part of an official document or an essay ("I. MỤC ĐÍCH, YÊU CẦU", "1. Đặt vấn đề"): no
headline or section."""
JAVASCRIPT_NOTICE = re.compile(
    r"\b(?:bật|enable|kích hoạt)\s+java\s?s(?:cr|rc)ipt\b"
    r"|^bạn đã không sử dụng site\b",
    re.IGNORECASE,
)
"""The site asking to turn JavaScript on, or to keep a login alive ("Bạn đã không sử dụng
Site, Bấm vào đây để duy trì trạng thái đăng nhập"), however long the sentence."""
CODE_RESIDUE = re.compile(r"\S*[=_{}<>]\S*")
"""One word of a template's code left in the text ("news_is_not_ads=", "menu_WAR_…")."""
FILE_NAME = re.compile(r"(?=\S*\d)(?=\S*[^\W\d_])\S{8,}")
"""A word of letters and digits mixed, as a photo's file name ("z5896037371621")."""
FILE_PATH = re.compile(
    r"(?:https?:/|[\w.%-]*)(?:/[\w.%-]+)*/?[\w%-]+\.(?:gif|jpe?g|png|svg|webp|bmp)"
    r"|(?:/[\w.%-]+){2,}/?",
    re.IGNORECASE,
)
"""An image's address or a path a template printed ("/themes/default/images/logo.gif")."""
TIME_AGO = re.compile(
    r"^(?:(?:cập nhật|đăng)\s+)?(?:\d+\s+(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+)+trước$",
    re.IGNORECASE,
)
"""When the capture was made, counted back ("2 tháng 2 tuần trước"): no date of the page."""
MEDIA_CLOCK = re.compile(r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|0:00")
"""An audio or video player's clock ("0:00 / 3:25")."""
PLAYER_TEXT = re.compile(
    r"(?:hiển thị|xem|phát|tải) (?:video|video clip|clip|audio)\.?"
    r"|trình duyệt của bạn không hỗ trợ.*",
    re.IGNORECASE,
)
"""What a video or audio player prints in place of itself ("Hiển thị video clip.")."""
DATELINE = re.compile(r"^\(([A-ZĐ]{2,8})\s*[-–]\s*([^()]{3,60}?)\)\s*[.:\-–]?\s")
"""The dateline an outlet opens its article with, its initials and what follows them in
brackets: a section ("(VNBĐ – Nhiếp ảnh). …"), a day ("(BVBNĐ-23/3/2017) …") or a place."""
SITE_NAME = re.compile(
    r"^(?:cổng thông tin|trang thông tin|trang tin|website|welcome|fanpage|chào mừng"
    r"|báo điện tử|tạp chí điện tử)\b",
    re.IGNORECASE,
)
PHOTO = re.compile(r"\(?\bảnh\s*:|ảnh minh họa|ảnh minh hoạ|\(ảnh\b", re.IGNORECASE)
FURNITURE_MAX_WORDS = 20
BULLET = re.compile(r"^\s*[•▪►]\s")
NAVIGATION = {
    # Labels printed around articles that are never a title, section or signature.
    "ý kiến bạn đọc", "xem thêm", "xem thêm >>", "chia sẻ bài viết", "trả lời", "gửi bình luận",
    "gửi bình luận của bạn", "bình luận", "góp ý kiến", "phóng sự ảnh", "các album đã đăng",
    "tin liên quan", "tin cùng chuyên mục", "tin mới nhất", "tin khác", "english", "mới hơn",
    "cũ hơn", "mới hơn cũ hơn", "in bài", "về đầu trang", "đầu trang", "lên đầu trang", "top",
    "thông tin nội bộ", "màu chữ", "cỡ chữ", "null", "đóng", "đóng lại", "lưu thông tin",
    "đóng lưu thông tin", "bản in", "gửi email", "quay lại", "trang chủ", "nổi bật", "rss",
    "multimedia", "đọc báo in", "tags", "từ khóa", "tiếng việt", "tìm kiếm", "bài viết",
    "chi tiết", "chi tiết bài viết", "chi tiết tin", "nội dung chi tiết", "xem tin",
    "liên kết", "liên kết website", "liên kết web", "website liên kết", "links",
    "tin mới đăng", "xem nhiều nhất", "tin xem nhiều", "đọc nhiều nhất", "tin đọc nhiều",
    "truy cập nội dung luôn", "tìm kiếm tin tức", "các tin khác", "tin mới", "tài liệu",
    "site banner", "banner", "skip to main content", "skip ribbon commands",
    "xuất bản thông tin", "tìm kiếm thông tin", "đơn vị hỗ trợ", "chuyên mục", "danh mục",
    "tiêu điểm", "back", "trở về", "trở lại", "logo",
    # the names a SharePoint page layout prints over its fields
    "page content", "page image", "rollup image", "article date", "byline", "main content",
    "content",  # a Liferay template's field label ("content:")
    # the boxes beside and under an article
    "thư viện ảnh", "thư viện video", "image advertisement", "qr code", "quảng cáo",
    "bạn đang ở đây", "bạn đang ở", "bạn đang xem",  # a breadcrumb's label
    "chứng nhận tín nhiệm mạng", "chung nhan tin nhiem mang",  # a trust badge's alt text
    "đánh giá bài viết",  # a rating widget's label
    "tóm tắt", "tóm tắt:", "abstract", "summary",  # a journal article's parts
    "play video", "xem video",  # a player's button
    # a login box's and a form's English buttons
    "sign in", "sign up", "log in", "login", "logout", "reset", "submit", "search", "đăng ký",
    "đăng xuất", "nhập lại",
}  # fmt: skip
WORD = re.compile(r"[^\W\d_]", re.UNICODE)
QUOTES = ('"', "“", "”", "«", "»")


def strip_bullet(line):
    """A list item's text without its bullet ("• Hội nghị ..." → "Hội nghị ...")."""
    return BULLET.sub("", line).strip()


def repeated(line):
    """The phrase of a line that prints it two or more times ("Tin tức Tin tức", "Liên kết
    Liên kết"), else None."""
    tokens = line.split()
    for size in range(1, len(tokens) // 2 + 1):
        if len(tokens) % size == 0 and tokens == tokens[:size] * (len(tokens) // size):
            return " ".join(tokens[:size])
    return None


def words(line):
    return line.split()


def is_navigation(line):
    """A navigation label, also printed twice on its line ("Danh mục Danh mục")."""
    half = repeated(line)
    return any(text.casefold().strip(" :>»|-–•.") in NAVIGATION for text in (line, half) if text)


def is_furniture(line):
    """A short line of page furniture (navigation label, share bar, comment box...)."""
    return (
        is_navigation(line)
        or (len(words(line)) <= FURNITURE_MAX_WORDS and FURNITURE.search(line) is not None)
        or TIME_AGO.match(line.strip()) is not None
        or JAVASCRIPT_NOTICE.search(line) is not None
        or CODE_RESIDUE.fullmatch(line.strip()) is not None
        or MEDIA_CLOCK.fullmatch(line.strip()) is not None
        or PLAYER_TEXT.fullmatch(line.strip()) is not None
        or is_file_name(line)
        or BULLET.match(line) is not None  # an item of a menu or a box
    )


REPEATED_MIN_WORDS = 8


def is_repeated_phrase(line):
    """The alt texts of a row of images run together ("image advertisementimage
    advertisement…"): a long line of a few words said over and over, never a sentence."""
    parts = [part.casefold() for part in words(line)]
    return len(parts) >= REPEATED_MIN_WORDS and len(set(parts)) * 3 <= len(parts)


def is_file_name(line):
    """A photo's file name left as a line ("z5896037371621 c28899fc12…"), or the path to
    an image a template printed ("/themes/default/images/no_image.gif")."""
    parts = words(line)
    return bool(parts) and (
        all(FILE_NAME.fullmatch(part) for part in parts)
        or FILE_PATH.fullmatch(line.strip()) is not None
    )


CALL = r"[^.!?…]+!"  # one call to action ("Nói đi đôi với làm!")
SLOGANS = re.compile(rf"(?:{CALL}\s*){{2,}}")
GREETING = re.compile(r"\bchào mừng\b", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[^\W\d_][.;]\s")  # a sentence of the article ends inside


GREETING_BANNER = re.compile(r"^(?:nhiệt liệt\s+)?chào mừng\b.*!$", re.IGNORECASE)


def is_banner(line):
    """The site's banner: slogans (is_slogans) or one greeting closing with "!" ("CHÀO MỪNG
    KỶ NIỆM 78 NĂM NGÀY CÁCH MẠNG THÁNG TÁM …!")."""
    return is_slogans(line) or GREETING_BANNER.match(line.strip()) is not None


CUT_COPY_REACH = 3
CUT_COPY_MIN_CHARS = 20


def completes_a_cut_copy(lines, indexes, position):
    """The line at ``indexes[position]`` is printed whole under a copy of it cut short with
    "..." a few lines above (the page's title bar over its section and headline): the whole
    line is the headline, however it ends."""
    line = lines[indexes[position]]
    above = indexes[max(0, position - CUT_COPY_REACH) : position]
    return any(cut_copy_of(lines[index], line) for index in above)


def is_cut_copy(lines, indexes, position):
    """The line at ``indexes[position]`` is a copy, cut short with "...", of a line printed
    whole a few lines below (completes_a_cut_copy): no sentence of the article."""
    line = lines[indexes[position]]
    below = indexes[position + 1 : position + 1 + CUT_COPY_REACH]
    return any(cut_copy_of(line, lines[index]) for index in below)


def cut_copy_of(copy, line):
    copy, line = " ".join(copy.split()), " ".join(line.split())
    cut = copy.removesuffix("...").removesuffix("…").rstrip()
    return cut != copy and len(cut) >= CUT_COPY_MIN_CHARS and line.startswith(cut) and line != cut


def opening_dateline(lines):
    """The dateline that opens the article's first line (DATELINE's match), or None."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return DATELINE.match(first)


def is_slogans(line):
    """Slogans set side by side in a banner, each closing with "!" ("Cán bộ, hội viên quyết
    tâm …! Nhiệt liệt chào mừng Đại hội …!"), or a running banner of greetings ("Nhiệt liệt
    chào mừng … - Chào mừng …"): the site's, not the article's sentences."""
    text = line.strip()
    greetings = len(GREETING.findall(text)) >= 2 and not SENTENCE_STOP.search(text)
    return SLOGANS.fullmatch(text) is not None or greetings or is_slogan(text)


SLOGAN_MAX_WORDS = 25
ONE_CALL = re.compile(CALL)


def is_slogan(text):
    """One call to action closing with "!", no other sentence in it ("Đẩy mạnh học tập và
    làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh!"): the site's banner over its pages."""
    return ONE_CALL.fullmatch(text) is not None and len(words(text)) <= SLOGAN_MAX_WORDS


def is_body_paragraph(line, following=""):
    """A sentence of the article: the head ends before it. A long line whose sentence goes
    on in lower case on the next line is one too (a capture's wrapped lead), and so is a long
    clause closing with a comma over more of the text (no headline ends with one)."""
    if is_repeated_phrase(line) or is_slogans(line):
        return False
    count = len(words(line))
    if (
        count >= BODY_MIN_WORDS
        and following[:1].islower()
        and not ADDRESS.search(following)
        and not is_navigation(following)  # a template's "content:" label, not the sentence
    ):
        return True
    if LEAD_OPENER.match(line) and count >= 6:
        return True
    if count >= BODY_MIN_WORDS and line.rstrip().endswith(",") and following:
        return True  # "Căn cứ Chương trình công tác Đoàn năm 2021; …," over the rest of it
    if len(line) > BODY_MAX_CHARS:
        return True
    if count < BODY_MIN_WORDS or not line.rstrip("\"”’' )").endswith(tuple(".!?…;:")):
        return False
    capitalised = sum(first_letter_upper(word) for word in words(line))
    return capitalised < 0.6 * count  # a sentence, not a headline in capitals


def count_value(text):
    digits = re.sub(r"[.,]", "", text or "")
    return int(digits) if digits.isdigit() else None


def labelled_views(line):
    """A line that is only a view count ("336 Views", "Lượt xem: 12")."""
    match = LABELLED_VIEWS.fullmatch(line.strip())
    return count_value(match.group(1) or match.group(2)) if match else None


def first_letter_upper(token):
    letters = WORD.findall(token)
    return bool(letters) and letters[0].isupper()


def next_line(lines, index):
    """The next line with text after ``index``, or ""."""
    return next((line for line in lines[index + 1 :] if line), "")


WRAPPED_LINE_CHARS = 60


def goes_on(line):
    """A long line that stops on a word in lower case, with no stop ("… đã tổ chức Lễ kết
    nạp Đội viên cho"): a paragraph wrapped by the capture, its sentence going on below."""
    text = line.strip()
    return (
        len(text) >= WRAPPED_LINE_CHARS
        and text[-1:].isalpha()
        and text.split()[-1][:1].islower()  # "… tại Quận Bình Thạnh" ends on a name
        and "|" not in text  # page tools ("A- A A+ | … Giảm tương phản")
        and not is_furniture(text)
    )
