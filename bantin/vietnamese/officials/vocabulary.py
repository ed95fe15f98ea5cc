"""The words officials are named with: surnames, honorifics, ranks, posts and the bodies after them.

Everything here is written as it appears in text; `scanning.word_key` turns each entry into the
key it is matched by (lower case, one tone placement), so "Ủy"/"Uỷ" and "hòa"/"hoà" need one
entry each. Lists are general Vietnamese usage, not words picked from any one article.
"""

from ..abbreviations import short_form_map

# --- People -------------------------------------------------------------------------------

SURNAMES = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Đinh Trịnh
Đoàn Đào Mai Cao Hà Lâm Tô Tạ Trương Quách Kiều Vương Lưu Thái Văn Tăng Chu Châu Triệu Lại
La Mạc Thân Thạch Khúc Kha Khổng Khương Giang Tôn Tống Từ Vi Lò Lục Nông Hứa Ông Ninh Tiêu
Bạch Âu Hầu Nghiêm Quan Doãn Diệp Cù Cung Lữ Lã Lạc Đàm Đồng Đường Hàn Hoa Kim Mã Mạch
Phùng Phương Sầm Tiết Trình Trang Ứng Vạn Viên Yên Danh Sơn Kiên Ký Chế Quàng Cầm Điêu
Lường Bế Ma Xa Tòng Lộc Giàng Sùng Thào Vàng Lầu Mùa Vừ Hạng Tráng Bàn Chảo Phùn Tẩn Lự Mè
Khà Chau Đàng Quảng Hán Cấn Mẫn Tất Chung Thiều Ngụy Tưởng Uông Thiệu Đới Đậu Đổng
Biện Bành Cồ Dư Giáp Hàm Khuất Lều Lỗ Mông Nhâm Ôn Tào Trầm Ưng Vòng
"""

COMPOUND_SURNAMES = ("Âu Dương", "Tôn Nữ", "Tôn Thất", "Công Tôn Nữ", "Nguyễn Phúc", "Tôn Thất")

# First words of the names of the Central Highlands, Khmer, Cham and northern upland peoples
# whose syllables the Vietnamese syllable model does not know ("Ksor", "H'Lan", "Êban").
# A name starting with one of them may be spelt with any capitalised words.
ETHNIC_FIRST_WORDS = """
Y H Ya Ka Ksor Kpă Kpăh Rơ Siu Nay Rah Puih Rmah R'Mah Niê Byă Êban Mlô Ayun Adrơng Êung
Liêng Bon Kră Jơ Điểu Néang Neáng Hwing Ksơr Rcom Bdap Mdrang
"""

# Said before a name and not part of it ("Đ/c" is one token).
HONORIFICS = (
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "anh",
    "chị",
    "thầy",
    "cô",
    "em",
    "cháu",
    "chú",
    "bác sĩ",
)
# Honorifics that also begin ordinary phrases or are also given names: they count only when
# a name with a known surname follows ("Anh Cao Minh Đức", not "Anh hùng Lao động").
WEAK_HONORIFICS = ("anh", "chị", "thầy", "cô", "em", "cháu", "chú", "bác sĩ")

# --- Posts --------------------------------------------------------------------------------

RANKS = """
Thiếu úy|Trung úy|Thượng úy|Đại úy|Thiếu tá|Trung tá|Thượng tá|Đại tá|Thiếu tướng|Trung tướng|
Thượng tướng|Đại tướng|Chuẩn Đô đốc|Phó Đô đốc|Đô đốc
"""

# Words a post starts with. "Phó" before any of them is a post too ("Phó Trưởng ban").
HEADS = """
Tổng Bí thư|Bí thư|Bí thư thứ nhất|Ủy viên|Chủ tịch|Chủ tịch nước|Thủ tướng|Bộ trưởng|Thứ trưởng|
Tổng Giám đốc|Giám đốc|Cục trưởng|Vụ trưởng|Chi cục trưởng|Viện trưởng|Chánh Văn phòng|
Chánh Thanh tra|Chánh án|Trưởng phòng|Trưởng ban|Trưởng Ban|Trưởng khoa|Trưởng đoàn|Hiệu trưởng|
Trạm trưởng|Trưởng trạm|Chủ nhiệm|Tổng Thư ký|Trưởng Công an|Chỉ huy trưởng|Chính trị viên|
Tư lệnh|Chính ủy|Tham mưu trưởng|Đồn trưởng|Xã đội trưởng|Xã đội phó|Trưởng thôn|Trưởng ấp|
Trưởng bản|Trưởng khu phố|Trưởng khóm|Tổ trưởng|Chi hội trưởng|Đội trưởng|Kế toán trưởng|
Tỉnh ủy viên|Thành ủy viên|Huyện ủy viên|Quận ủy viên|Thị ủy viên|Đảng ủy viên|Đại biểu Quốc hội|
Đại biểu HĐND|Đại biểu Hội đồng nhân dân|Thường vụ|Phó ban
"""

# Heads that take no body after them: a military rank is a post of its own.
NO_TAIL_HEADS = RANKS

# Heads that begin ordinary phrases too: never the end of a post already under way
# ("Ban Thường vụ", "Đoàn đại biểu Quốc hội"), only the start of one.
WEAK_HEADS = ("Thường vụ", "Đại biểu Quốc hội", "Phó ban", "Trưởng đoàn")

# A post under these heads is a unit of a larger body, which may follow after a comma:
# "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ".
SUBUNIT_HEADS = (
    "Trưởng phòng",
    "Trưởng ban",
    "Trưởng khoa",
    "Chánh Văn phòng",
    "Phó ban",
    "Ủy viên",
    "Chủ nhiệm",
    "Tổ trưởng",
    "Trạm trưởng",
    "Trưởng trạm",
)

# Short forms of posts, matched with their exact case ("PBT", never "pbt").
ABBREVIATED_HEADS = """
UVBTV|UV BTV|UVTV|UV TV|UVBCH|UV BCH|UVTW|TUV|HUV|QUV|ĐUV|TVTU|PBT|PBTTT|BT|CT|PCT|CTHĐND|PCTHĐND|
CTUBND|PCTUBND|CT HĐND|CT UBND|PCT HĐND|PCT UBND|ĐBQH|GĐ|PGĐ|TGĐ|CHT|CHP|UV
"""
# Abbreviations that are posts only right after a name ("Đặng Văn Lợi UVBTV").
NAME_ONLY_ABBREVIATIONS = ("BT", "CT", "UV", "GĐ", "CHT", "CHP")

# Posts given for one event only, never stored: "làm trưởng đoàn", "làm Trưởng Ban Giám khảo".
ONE_OFF_WORDS = ("trưởng đoàn", "phó trưởng đoàn", "giám khảo", "ban tổ chức", "trưởng nhóm")

# --- What follows a head --------------------------------------------------------------------

# Lower-case words that may be part of a post's body ("Chủ tịch Hội đồng nghĩa vụ quân sự xã").
POST_WORDS = """
tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|ấp|thôn|xóm|bản|buôn|làng|khu phố|
khóm|tổ dân phố|khu dân cư|sóc|tổ|khu|số|thường trực|chuyên trách|phụ trách|kiêm|dự khuyết|
thường vụ|chấp hành|trung ương|đảng|ủy|đảng ủy|ban|hội|đoàn|các|và|của|cơ sở|nhân dân|hội đồng|
ủy ban|mặt trận|tổ quốc|liên hiệp|liên đoàn|lao động|phụ nữ|nông dân|cựu chiến binh|thanh niên|
cộng sản|người cao tuổi|chữ thập đỏ|khuyến học|sinh viên|học sinh|tuyên giáo|dân vận|nội chính|
kinh tế|ngân sách|pháp chế|văn hóa|xã hội|dân tộc|quân sự|công an|nghĩa vụ|chỉ huy|biên phòng|
đại biểu|quốc hội|chính phủ|nhà nước|chính trị|giáo dục|đào tạo|y tế|tư pháp|tài chính|nội vụ|
giao thông|vận tải|công thương|nông nghiệp|môi trường|tài nguyên|khoa học|công nghệ|thông tin|
truyền thông|du lịch|thể thao|ngoại vụ|thanh tra|kế hoạch|đầu tư|thương binh|văn phòng|trung tâm|
hành chính|hành chính công|dịch vụ công|chi bộ|chi hội|chi đoàn|câu lạc bộ|hợp tác xã|liên minh|
công đoàn|doanh nghiệp|khối|cơ quan|công tác|chỉ đạo|điều hành|dân số|an toàn|thực phẩm|thiên tai|
cứu nạn|pháp luật|dân chủ|đoàn thể|nhà trường|trường|mầm non|tiểu học|trung học|phổ thông|
cao đẳng|đại học|bệnh viện|trạm|chăn nuôi|thú y|chi cục|cục|viện|sở|bộ|ngành|quận đoàn|huyện đoàn|
tỉnh đoàn|thành đoàn|xã đoàn|chuyên môn|quản lý|phát triển|nông thôn|đô thị|tiếp dân|cán bộ|
tổ chức|kiểm tra|giám sát|tuyên truyền|xây dựng|phục vụ|an ninh|quốc phòng|trật tự|tòa án|
kiểm sát|thi hành án|hải quan|thuế|kho bạc|ngân hàng|bảo hiểm|quân khu|quân đoàn|sư đoàn|lữ đoàn|
trung đoàn|tiểu đoàn|đại đội|dân quân|tự vệ|tình nguyện|mặt trận tổ quốc|khu phố|ấp văn hóa|
thị ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy|xóm trưởng|thôn trưởng|ban ngành|công ty|tổng công ty|
xuất bản|thi đua|khen thưởng|tôn giáo|tiếp công dân|văn thư|lưu trữ|kế toán|địa chính|hộ tịch|
thủy lợi|lâm nghiệp|kiểm lâm|phòng cháy|chữa cháy|cứu hộ|cảnh sát|điều tra|hình sự|ma túy|
tham mưu|hậu cần|kỹ thuật|quân lực|tác chiến|chính sách|tín dụng|phát thanh|truyền hình|báo chí|
tuyên giáo và dân vận|nhi đồng|thiếu niên|thiếu nhi|liên hiệp phụ nữ|cựu thanh niên xung phong|
nạn nhân chất độc da cam|người mù|khuyến nông|bảo trợ xã hội|cứu trợ|nhân đạo|hữu nghị|luật gia|
luật sư|nhà báo|văn học nghệ thuật|kiến trúc sư|doanh nhân|cựu giáo chức|hội viên|
thường trực hội đồng nhân dân|quân dân y|biên giới|hải đảo|dân vận khéo|văn minh đô thị|
giảm nghèo|an sinh|bình đẳng giới|trẻ em|gia đình|người khuyết tật|phổ cập|xóa mù chữ|khuyến công|
xúc tiến|thương mại|hải sản|thủy sản|nông sản|cấp nước|điện lực|bưu điện|viễn thông|công nghiệp|
tiểu thủ công nghiệp|làng nghề|nghề|nông lâm|ngư nghiệp|diêm nghiệp|thủy văn|khí tượng|quy hoạch|
đất đai|đo đạc|bản đồ|xây dựng đảng|tiếp nhận|trả kết quả|một cửa|tối cao|cấp cao
"""

# Of those, the ones that are also verbs ("kiểm tra", "tổ chức"): part of a post only right
# after a body's noun ("Ủy ban kiểm tra"), never after a place ("Chủ tịch UBND xã kiểm tra").
VERB_POST_WORDS = (
    "tổ chức",
    "kiểm tra",
    "giám sát",
    "tuyên truyền",
    "xây dựng",
    "phục vụ",
    "chỉ đạo",
    "điều hành",
    "quản lý",
    "phát triển",
    "tiếp dân",
    "công tác",
    "phụ trách",
    "thông tin",
)

# Nouns of bodies, after which those verb-like words are names of the body.
BODY_NOUNS = """
ban|ủy ban|hội đồng|hội|đoàn|sở|bộ|phòng|cục|chi cục|vụ|viện|trung tâm|trường|trạm|văn phòng|
đảng ủy|chi bộ|chi hội|chi đoàn|công ty|tổ|đội|khối|ban chỉ đạo|ban chỉ huy|bộ chỉ huy|liên đoàn|
liên minh|hiệp hội|câu lạc bộ|hợp tác xã|ban quản lý|ban điều hành|ban công tác|cơ quan|
nhà trường|công đoàn
"""

# Bodies that may follow a comma as the parent of the unit before it.
PARENT_BODIES = """
Ban|Sở|Bộ|Đảng ủy|Ủy ban|UBND|HĐND|Hội đồng|Văn phòng|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|
Công an|Bộ Chỉ huy|Ban Chỉ huy|Cục|Chi cục|Tổng cục|Trung tâm|Trường|Bệnh viện|Viện|Liên đoàn|Hội|
Tỉnh đoàn|Thành đoàn|Huyện đoàn|MTTQ|Báo|Đài|Học viện|Đại học|Quân khu
"""

# Short forms read as their long form when two posts of one person are compared
# ("Chủ tịch UBND TP Hà Nội" and "Chủ tịch UBND thành phố Hà Nội" are one post): the one-word
# short forms of the abbreviation table (bantin.vietnamese.abbreviations).
SHORT_FORMS = short_form_map()

# After these the post is over: the term it is held for is not part of it.
TERM_WORDS = ("nhiệm kỳ", "khóa", "giai đoạn", "lần thứ")

# Words that end a place's name before a person's: "phường Tân Mai Hồ Quang Hiếu".
PLACE_MARKERS = """
TX|thị xã|huyện|quận|thị trấn|xã|phường|đặc khu|ấp|thôn|xóm|bản|buôn|làng|khu phố|khóm|sóc|plei|
tổ dân phố|khu dân cư
"""
# Before a province or a centrally run city, whose names are all in PLACES: a run that does
# not start with one of them starts with the person ("Trưởng Đoàn ĐBQH tỉnh Phùng Đức Hạnh").
PROVINCE_MARKERS = "tỉnh|thành phố|TP|Tp|tp"

# After these a capitalised name is a street, school, firm or idea named after someone
# ("đường Nguyễn Huệ", "Trường THCS Lê Quý Đôn", "tư tưởng Hồ Chí Minh"), not a person.
ENTITY_MARKERS = """
đường|phố|đại lộ|quốc lộ|hẻm|ngõ|ngách|kiệt|trường|THCS|THPT|TH|PTDTBT|PTDTNT|tiểu học|mầm non|
mẫu giáo|trung học|phổ thông|đại học|cao đẳng|học viện|TNCS|TNTP|cộng sản|công ty|tập đoàn|
doanh nghiệp|HTX|bệnh viện|nhà văn hóa|quảng trường|công viên|cầu|chợ|lăng|tượng đài|bảo tàng|
khu di tích|di tích|đền|chùa|đình|giải thưởng|giải|huân chương|quỹ|cúp|tư tưởng|di chúc|khách sạn|
thư viện|sân vận động|khu đô thị|bến|cảng|sân bay|nhà thờ|học bổng|tên|mang tên|nhà lưu niệm|
đội TNTP|liên đội|chi đội|trạm y tế|nhà hát|rạp
"""

# Provinces and large cities: a capitalised run starting with one is a place, even where a
# surname starts it ("Bí thư Thành ủy Hà Nội", "Chủ tịch UBND tỉnh Cao Bằng").
PLACES = """
Hà Nội|Hải Phòng|Đà Nẵng|Hồ Chí Minh|Cần Thơ|Huế|Thừa Thiên Huế|Hà Giang|Cao Bằng|Bắc Kạn|
Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|
Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|
Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa|
Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Bình Dương|
Đồng Nai|Bà Rịa|Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|
Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau|Hà Tây|Hà Đông|Cao Lãnh|Mỹ Tho|Thủ Dầu Một|
Biên Hòa|Buôn Ma Thuột|Pleiku|Quy Nhơn|Nha Trang|Đà Lạt|Phan Thiết|Hạ Long|Việt Nam|Tây Nguyên|
Nam Bộ|Bắc Bộ|Trung Bộ|Tây Bắc|Đông Bắc|Cửu Long|Trường Sa|Hoàng Sa
"""

# Capitalised compounds whose first word is also a surname: never the start of a name.
NOT_NAMES = """
Đoàn Thanh niên|Đoàn TNCS|Đoàn Đại biểu|Đoàn Chủ tịch|Đoàn Thư ký|Đoàn Luật sư|Đoàn Kiểm tra|
Đoàn Giám sát|Đoàn Công tác|Văn Phòng|Văn Hóa|Văn Miếu|Văn Nghệ|Đào Tạo|Lâm Nghiệp|Lâm Sản|
Nông Nghiệp|Nông Dân|Nông Thôn|Cao Đẳng|Cao Su|Cao Tốc|Đồng Bào|Đồng Chí|Đồng Khởi|Thành Đoàn|
Hội Đồng|Đào Tạo|Đinh Lăng|Mai Vàng|Hồ Chứa|Cao Nguyên|Cao Học|Kim Cương|Châu Âu|Châu Á|Châu Phi|
Châu Mỹ
"""

# The one person named by place-like wording; a person only as "Chủ tịch Hồ Chí Minh".
HO_CHI_MINH = "Hồ Chí Minh"

# Words between a name and a post the person is elected or appointed to:
# "ông A được bầu giữ chức Chủ tịch", "bà B tái đắc cử Chủ tịch Công đoàn".
APPOINTMENT_WORDS = """
tiếp tục|được|đã|vừa|tái|tái cử|đắc cử|trúng cử|bầu|bầu bổ sung|bổ nhiệm|bổ nhiệm lại|giữ|chức|
chức vụ|chức danh|làm|là|vào|đảm nhận|đảm nhiệm|chuẩn y|chỉ định|điều động|phân công|luân chuyển|
giao|kiêm nhiệm|kiêm|công nhận|bổ sung
"""
# One of these must be among them, or the words say nothing of a post.
APPOINTMENT_VERBS = (
    "giữ",
    "làm",
    "là",
    "tái cử",
    "đắc cử",
    "trúng cử",
    "bầu",
    "bổ nhiệm",
    "chuẩn y",
    "chỉ định",
    "đảm nhận",
    "đảm nhiệm",
    "kiêm",
)
# A post still to come is not held: "dự kiến giữ chức", "được giới thiệu để bầu giữ chức".
PLANNED_WORDS = (
    "dự kiến",
    "sẽ",
    "giới thiệu",
    "đề cử",
    "ứng cử",
    "đề nghị",
    "đề xuất",
    "quy hoạch",
    "chuẩn bị",
    "dự kiến sẽ",
    "để",
)

# "nguyên Bí thư", "nguyên là Bí thư": a former post, kept as written.
FORMER_WORDS = ("nguyên", "nguyên là")


def split_list(text):
    """The entries of a list written as words separated by | or new lines."""
    separators = "|" if "|" in text else None
    items = text.replace("\n", "|" if separators else " ").split(separators)
    return tuple(item.strip() for item in items if item.strip())
