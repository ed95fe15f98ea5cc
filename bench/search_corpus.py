"""Synthetic Vietnamese local-government news for the search benchmarks.

Every article is built from the templates of one subtopic (a ward party committee meeting,
a vaccination day, a river bank collapse...), so what it is about is known by construction:
`search_quality.py` labels relevance from `Article.sub`, `Article.ward` and `Article.people`,
never from the text the search engine sees. `search_speed.py` uses the same generator for
a large corpus.

Deterministic: article `i` of a corpus depends only on (seed, prefix, i). The texts are written
for this project. Templates are in the older tone placement ("hòa", "thủy", "khỏe"); about a
third of the articles are converted to the newer one ("hoà", "thuỷ", "khoẻ"), as different
editors type them. Names of wards and people are invented.
"""

import datetime
import functools
import random
import re
from dataclasses import dataclass, field

from bantin.vietnamese import TIMEZONE, normalize

LOCAL = TIMEZONE
NEW_PLACEMENT_SHARE = 0.35
_LETTERS = re.compile(r"[^\W\d_]+")

SECTION_NEWS = "Tin tức sự kiện"
SECTION_GOV = "Hoạt động Chính quyền"
SECTION_PARTY = "Đảng - đoàn thể"

# (unit, name): the wards and communes of the district the portal serves.
WARDS = [
    ("phường", "Hòa Khánh"),
    ("phường", "Tân Định"),
    ("phường", "Thủy Châu"),
    ("xã", "Hòa Phong"),
    ("phường", "An Hội"),
    ("phường", "Bình Thọ"),
    ("xã", "Phước Kiển"),
    ("phường", "Quang Trung"),
    ("xã", "Tân Phú"),
    ("phường", "Xuân Hòa"),
    ("phường", "Thạnh Mỹ"),
    ("xã", "Long Điền"),
]

SURNAMES = (
    ["Nguyễn"] * 8
    + ["Trần"] * 3
    + ["Lê"] * 3
    + ["Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    + ["Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Châu", "Cao", "Thái"]
)
MIDDLE = {
    "m": ["Văn", "Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Hoàng", "Tấn", "Xuân"],
    "f": ["Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Bích", "Hồng", "Thị Kim", "Diệu"],
}
GIVEN = {
    "m": [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Đạt",
        "Hải",
        "Hiếu",
        "Hùng",
        "Huy",
        "Khánh",
        "Lâm",
        "Long",
        "Nam",
        "Nghĩa",
        "Phúc",
        "Quân",
        "Sơn",
        "Tài",
        "Thành",
        "Thắng",
        "Toàn",
        "Trung",
        "Tuấn",
        "Việt",
        "Vinh",
        "Hòa",
        "Lộc",
        "Kiên",
        "Tùng",
        "Hậu",
    ],
    "f": [
        "Anh",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hạnh",
        "Hằng",
        "Hoa",
        "Hương",
        "Lan",
        "Linh",
        "Loan",
        "Mai",
        "Nga",
        "Ngân",
        "Nhung",
        "Oanh",
        "Phượng",
        "Quyên",
        "Tâm",
        "Thảo",
        "Thủy",
        "Trang",
        "Tuyết",
        "Uyên",
        "Vân",
        "Yến",
        "Thúy",
        "Khuê",
        "Phương",
    ],
}
REPORTERS = [
    "Minh Châu",
    "Thanh Tâm",
    "Hoàng Yến",
    "Quốc Bảo",
    "Ngọc Hân",
    "Trung Kiên",
    "Bảo Ngọc",
    "Phương Thảo",
    "Văn Lộc",
    "Thu Hà",
]
STREETS = [
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Phan Đình Phùng",
    "Lý Thường Kiệt",
    "Nguyễn Du",
    "Võ Thị Sáu",
    "Hoàng Diệu",
    "Tôn Đức Thắng",
    "Nguyễn Văn Cừ",
    "Lê Văn Sỹ",
    "Huỳnh Thúc Kháng",
    "Phan Chu Trinh",
    "Bạch Đằng",
]
CANALS = ["Ông Lớn", "Bà Tổng", "Rạch Cát", "Đôi", "Xáng", "Thầy Cai", "Ba Bò", "Năm Thước"]
MARKETS = ["Bến Đò", "Cây Me", "Phú Hòa", "Tân Mỹ", "Ông Địa", "Xóm Mới"]
SCHOOLS = [
    "Lê Quý Đôn",
    "Chu Văn An",
    "Trần Quốc Toản",
    "Kim Đồng",
    "Võ Trường Toản",
    "Nguyễn Bỉnh Khiêm",
    "Lương Thế Vinh",
    "Đinh Tiên Hoàng",
]
BRIDGES = ["Rạch Miễu", "Cây Gáo", "Bà Bướm", "Ông Thìn"]
ISSUES = [
    "tình trạng lấn chiếm vỉa hè",
    "việc quản lý chợ tạm",
    "chiếu sáng trong các hẻm nhỏ",
    "tiếng ồn từ quán karaoke",
    "tiến độ nâng cấp đường nội bộ",
    "bãi giữ xe tự phát",
    "nước thải của cơ sở sản xuất",
]
ISSUES_BROAD = ["giáo dục và y tế", "an sinh xã hội", "quy hoạch đô thị", "môi trường sống"]
OCCASIONS = ["mừng Đảng, mừng Xuân", "ngày Quốc khánh 2/9", "ngày Giải phóng miền Nam 30/4"]
MODELS = [
    "nuôi gà thả vườn",
    "trồng rau thủy canh",
    "sửa chữa xe máy",
    "làm bánh tráng",
    "trồng nấm bào ngư",
    "nuôi cá lồng",
    "làm nhang",
    "trồng mai kiểng",
]
FRONT_PLACES = ["Quảng Trị", "Tây Nguyên", "biên giới phía Bắc", "biên giới Tây Nam"]
# Crafts and dishes: rare words of the large corpus (one article in a few thousand).
CRAFTS = [
    "đan lát mây tre",
    "làm nón lá",
    "dệt chiếu cói",
    "làm bánh pía",
    "nấu rượu nếp",
    "làm tương hột",
    "đúc lư đồng",
    "chằm áo tơi",
    "làm đèn lồng giấy",
    "thêu tay",
    "làm bánh phồng tôm",
    "chạm khắc gỗ",
    "làm trống da",
    "làm diều giấy",
    "se nhang trầm",
    "làm mắm ruốc",
    "đóng ghe xuồng",
    "làm kẹo dừa",
    "nặn tò he",
    "làm bánh tét lá cẩm",
    "đan lưới cá",
    "làm giấy dó",
    "ép dầu phộng",
    "làm bánh ú tro",
    "dệt thổ cẩm",
    "làm gốm đất nung",
    "kết hoa voan",
    "làm bánh da lợn",
    "phơi khô cá sặc",
    "làm chổi đót",
]

ORDINALS = list(range(2, 31))
NUMBER_RANGES = {
    "k": (2, 5),
    "k2": (3, 9),
    "small": (2, 12),
    "small2": (3, 15),
    "small3": (2, 9),
    "pct": (55, 95),
    "pct2": (70, 110),
    "pct_high": (92, 99),
    "pct_small": (3, 18),
    "pct_target": (80, 95),
    "money": (150, 1900),
    "money_big": (35, 260),
    "money_mid": (18, 90),
    "money_house": (60, 120),
    "n_hh": (12, 180),
    "n_files": (800, 9000),
    "n_kids": (300, 1800),
    "n_kids2": (120, 600),
    "n_kids3": (40, 200),
    "n_old": (120, 600),
    "n_pupils": (2000, 9000),
    "k_schools": (6, 18),
    "k_rooms": (3, 14),
    "n_gifts": (80, 600),
    "n_sch": (30, 160),
    "n_total": (900, 5000),
    "n_grade1": (400, 1500),
    "n_grade6": (350, 1400),
    "storm": (2, 9),
    "n_boats": (4, 20),
    "n_vests": (80, 400),
    "meters": (150, 2400),
    "n_donors": (150, 600),
    "n_units": (120, 520),
    "k_times": (5, 40),
    "n_vol": (40, 220),
    "n_lights": (30, 160),
    "n_kids_small": (25, 90),
    "n_books": (300, 1500),
    "n_delegates": (90, 160),
    "n_members": (300, 1200),
    "k_bch": (9, 15),
    "n_anniv": (0, 0),
    "n_army": (0, 0),
    "loan": (30, 150),
    "profit": (60, 400),
    "n_biz": (300, 2400),
    "n_cert": (12, 90),
    "n_cert2": (30, 300),
    "years_wait": (6, 25),
    "area": (120, 2600),
    "n_trees": (150, 1200),
    "tons": (2, 18),
    "months_n": (3, 11),
    "n_fam": (20, 120),
    "n_acts": (25, 70),
    "k_teams": (8, 24),
    "n_cases": (20, 140),
    "n_ext": (20, 120),
    "n_cam": (12, 60),
    "area_small": (36, 70),
    "ha": (80, 600),
    "km_small": (2, 12),
    "n_people": (150, 900),
    "deputies": (20, 30),
    "n_docs": (20000, 90000),
    "age": (68, 84),
    "age_old": (78, 96),
    "grade": (6, 9),
    "year_start": (2008, 2016),
    "year_old": (1978, 1995),
    "kpn": (1, 12),
    "house": (12, 480),
}
MONEY_VALUES = ["500.000", "700.000", "1 triệu", "1,5 triệu", "2 triệu", "3 triệu"]


@dataclass(frozen=True)
class Sub:
    """One subtopic: what its articles are about, and the templates they are written from."""

    key: str
    section: str
    titles: tuple
    leads: tuple
    paras: tuple
    phrases: tuple = ()
    months: tuple = ()
    day: int | None = None
    sunday: bool = False


@dataclass
class Article:
    key: str
    sub: str
    ward: str
    people: frozenset
    section: str
    published_at: datetime.datetime
    title: str
    lead: str
    body: tuple
    byline: str
    new_placement: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def topic(self):
        return self.sub.split(".")[0]

    def text(self):
        return "\n".join([self.title, self.lead, *self.body])


S = Sub
SUBS = [
    S(
        "party.bch",
        SECTION_PARTY,
        (
            "Hội nghị Ban Chấp hành Đảng bộ {W} lần thứ {nth}",
            "Ban Chấp hành Đảng bộ {W} đánh giá kết quả lãnh đạo {period_past}",
            "{WU}: Ban Chấp hành Đảng bộ thống nhất {k} nhóm giải pháp trọng tâm",
        ),
        (
            "{Day}, Ban Chấp hành Đảng bộ {W} tổ chức hội nghị lần thứ {nth}, đánh giá việc thực "
            "hiện nghị quyết {period_past} và bàn nhiệm vụ {period_next}.",
            "Hội nghị Ban Chấp hành Đảng bộ {W} lần thứ {nth} do đồng chí {sec}, Bí thư Đảng ủy "
            "{W}, chủ trì đã thảo luận, thống nhất nhiều nội dung quan trọng.",
        ),
        (
            "Theo báo cáo tại hội nghị, {period_past} các chi bộ trực thuộc đã kết nạp {small} "
            "đảng viên mới và duy trì nền nếp sinh hoạt định kỳ; {pct}% chi bộ khu dân cư được "
            "đánh giá sinh hoạt có chất lượng.",
            "Về kinh tế - xã hội, tổng thu ngân sách trên địa bàn đạt {pct2}% dự toán, công tác "
            "chỉnh trang đô thị có chuyển biến rõ nét. Tuy vậy, tình trạng xây dựng sai phép ở "
            "một số khu phố vẫn còn, việc giải quyết kiến nghị của cử tri có nơi còn chậm.",
            "Phát biểu kết luận, đồng chí {sec} đề nghị cấp ủy các chi bộ bám sát cơ sở, nắm "
            "chắc tâm tư của nhân dân, kịp thời xử lý những vấn đề mới phát sinh, không để kéo "
            "dài thành điểm nóng.",
            "Hội nghị đã dành nhiều thời gian thảo luận dự thảo quy chế làm việc, chương trình "
            "kiểm tra, giám sát của Ban Chấp hành Đảng bộ và phân công nhiệm vụ cho từng ủy viên "
            "phụ trách địa bàn.",
            "Các ủy viên Ban Chấp hành thống nhất tập trung lãnh đạo {k} nhóm việc: nâng cao "
            "chất lượng sinh hoạt chi bộ, ứng dụng công nghệ trong công tác đảng, giữ vững an "
            "ninh chính trị và chăm lo đời sống gia đình chính sách.",
            "Cũng tại hội nghị, Ban Chấp hành đã cho ý kiến về công tác cán bộ, quy hoạch cấp "
            "ủy và kết quả tự phê bình, phê bình của tập thể Ban Thường vụ Đảng ủy {W}.",
        ),
        ("ban chấp hành đảng bộ", "hội nghị ban chấp hành", "đảng bộ"),
    ),
    S(
        "party.hdnd",
        SECTION_GOV,
        (
            "Kỳ họp thứ {nth} Hội đồng nhân dân {W} thông qua {k} nghị quyết",
            "HĐND {W} khai mạc kỳ họp thường lệ cuối năm {year}",
            "Đại biểu HĐND {W} chất vấn về {issue}",
        ),
        (
            "{Day}, Hội đồng nhân dân (HĐND) {W} tổ chức kỳ họp thứ {nth}, nhiệm kỳ 2021 - "
            "2026, với sự tham dự của {deputies} đại biểu.",
            "Kỳ họp thứ {nth} của Hội đồng nhân dân {W} diễn ra trong {half_days}, xem xét các "
            "báo cáo của Ủy ban nhân dân và ý kiến, kiến nghị của cử tri.",
        ),
        (
            "Đồng chí {sec}, Bí thư Đảng ủy, Chủ tịch HĐND {W} cho biết kỳ họp lần này tập trung "
            "đánh giá tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh năm "
            "{year} và quyết định các chỉ tiêu chủ yếu cho năm {next_year}.",
            "Tại phiên chất vấn, các đại biểu đặt nhiều câu hỏi về {issue}. {Chair_hon} {chair}, "
            "Chủ tịch UBND {W}, đã trả lời thẳng thắn, nhận trách nhiệm về những việc còn chậm "
            "và hứa có lộ trình khắc phục cụ thể.",
            "Kỳ họp đã biểu quyết thông qua {k} nghị quyết, trong đó có nghị quyết về kế hoạch "
            "đầu tư công, chương trình giám sát và chế độ hỗ trợ cho lực lượng tham gia bảo vệ "
            "an ninh, trật tự ở cơ sở.",
            "Trước kỳ họp, các tổ đại biểu HĐND đã tiếp xúc cử tri tại {k2} điểm, tiếp nhận "
            "{small2} ý kiến, chủ yếu liên quan đến hạ tầng giao thông, chiếu sáng công cộng và "
            "thủ tục hành chính.",
            "Bế mạc kỳ họp, Chủ tịch HĐND {W} đề nghị các đại biểu giữ mối liên hệ chặt chẽ với "
            "cử tri, theo dõi việc giải quyết các kiến nghị đến cùng và kịp thời phản ánh những "
            "vấn đề mới phát sinh.",
        ),
        ("kỳ họp hội đồng nhân dân", "hđnd", "chất vấn"),
    ),
    S(
        "party.cutri",
        SECTION_NEWS,
        (
            "Tổ đại biểu Quốc hội tiếp xúc cử tri {W} trước kỳ họp",
            "Cử tri {W} kiến nghị về {issue}",
            "Tiếp xúc cử tri tại {W}: nhiều ý kiến tâm huyết về {issue2}",
        ),
        (
            "{Day}, Tổ đại biểu Quốc hội đơn vị bầu cử số {small3} tiếp xúc cử tri {W} để báo "
            "cáo dự kiến chương trình kỳ họp và lắng nghe ý kiến, kiến nghị của người dân.",
            "Hơn {n_people} cử tri {W} đã tham dự buổi tiếp xúc với đại biểu Quốc hội, nêu "
            "nhiều kiến nghị sát với đời sống hằng ngày.",
        ),
        (
            "Cử tri {voter}, ngụ tại {kp}, phản ánh {issue} đã kéo dài nhiều năm, ảnh hưởng đến "
            "sinh hoạt của hàng trăm hộ dân, đề nghị các cấp sớm có phương án xử lý dứt điểm.",
            "Nhiều ý kiến đề nghị tiếp tục đơn giản hóa thủ tục hành chính, nhất là thủ tục đất "
            "đai và chứng thực, để người dân không phải đi lại nhiều lần.",
            "Thay mặt tổ đại biểu, đại biểu {mp} tiếp thu, giải trình các ý kiến thuộc thẩm "
            "quyền và cam kết chuyển đầy đủ những kiến nghị còn lại đến cơ quan có trách nhiệm.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, trả lời trực tiếp một số ý kiến về trật tự "
            "đô thị và hứa sẽ thông tin kết quả giải quyết đến cử tri trong vòng {small2} ngày.",
            "Cử tri cũng bày tỏ sự đồng tình với chủ trương sắp xếp đơn vị hành chính, đồng "
            "thời mong bộ máy mới hoạt động thông suốt, phục vụ người dân tốt hơn.",
        ),
        ("tiếp xúc cử tri", "đại biểu quốc hội", "cử tri"),
    ),
    S(
        "health.vaccine",
        SECTION_NEWS,
        (
            "{WU} tổ chức tiêm chủng vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
            "Trạm Y tế {W} ra quân đợt tiêm chủng mở rộng tháng {m}",
            "Hơn {n_kids} trẻ em {W} được tiêm chủng đầy đủ trong {period_short}",
        ),
        (
            "{Day}, Trạm Y tế {W} tổ chức buổi tiêm chủng cho trẻ em trên địa bàn, tập trung "
            "vào các cháu chưa tiêm đủ mũi theo lịch.",
            "Nhằm nâng cao tỷ lệ tiêm chủng đầy đủ, {W} phối hợp các khu phố rà soát từng hộ gia "
            "đình có trẻ nhỏ để mời đến tiêm đúng lịch.",
        ),
        (
            "Theo bác sĩ {health}, Trạm trưởng Trạm Y tế {W}, trước mỗi buổi tiêm, cán bộ y tế "
            "đều khám sàng lọc, hỏi kỹ tiền sử dị ứng và hướng dẫn phụ huynh theo dõi trẻ ít "
            "nhất 30 phút tại điểm tiêm.",
            "Trong đợt này, có {n_kids2} trẻ được tiêm vắc xin sởi - rubella, {n_kids3} trẻ được "
            "tiêm bổ sung vắc xin bạch hầu - ho gà - uốn ván; không ghi nhận trường hợp phản ứng "
            "nặng.",
            "Chị {mother}, ngụ {kp}, cho biết nhờ tin nhắn nhắc lịch của trạm y tế mà gia đình "
            "không còn lo quên mũi tiêm của con.",
            "Ngành y tế khuyến cáo phụ huynh giữ sổ tiêm chủng cẩn thận, đưa trẻ đi tiêm đúng "
            "hẹn; trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm vào đợt sau.",
            "Trạm Y tế {W} duy trì lịch tiêm chủng thường xuyên vào {vday} hằng tháng; người dân "
            "có thể đăng ký trước qua số điện thoại của trạm để tránh phải chờ lâu.",
        ),
        ("tiêm chủng", "vắc xin", "trạm y tế"),
    ),
    S(
        "health.dengue",
        SECTION_NEWS,
        (
            "{WU} ra quân diệt lăng quăng, phòng chống sốt xuất huyết mùa mưa",
            "Ca sốt xuất huyết tăng, Trạm Y tế {W} khuyến cáo chủ động phòng bệnh",
            "Phun hóa chất diệt muỗi tại {kp}, {W} sau khi ghi nhận ca sốt xuất huyết",
        ),
        (
            "Từ đầu mùa mưa, {W} ghi nhận {small} ca sốt xuất huyết, tăng so với cùng kỳ năm "
            "trước; lực lượng y tế và các đoàn thể đã ra quân xử lý ổ dịch.",
            "{Day}, hàng trăm cán bộ, đoàn viên và người dân {W} cùng ra quân diệt lăng quăng, "
            "vệ sinh môi trường để phòng chống sốt xuất huyết.",
        ),
        (
            "Các tổ xung kích đi từng nhà kiểm tra lu, khạp, chậu cây cảnh, lốp xe cũ; hướng dẫn "
            "bà con đậy kín dụng cụ chứa nước và thả cá bảy màu để diệt lăng quăng.",
            "Bác sĩ {health} cho biết sốt xuất huyết chưa có thuốc điều trị đặc hiệu, người "
            "bệnh sốt cao liên tục từ hai ngày trở lên cần đến cơ sở y tế ngay, không tự ý "
            "truyền dịch tại nhà.",
            "Tại {kp}, nơi có ổ dịch, đội y tế dự phòng đã phun hóa chất diệt muỗi trong bán "
            "kính 200 mét quanh nhà bệnh nhân và giám sát chặt các trường hợp sốt.",
            "Các trường học trên địa bàn cũng được đề nghị dành mười lăm phút mỗi tuần để học "
            "sinh dọn dẹp lớp học, bồn hoa, loại bỏ nơi muỗi đẻ.",
            "Ủy ban nhân dân {W} giao các khu phố báo cáo hằng tuần, xem việc phòng chống dịch là "
            "tiêu chí đánh giá thi đua của tổ dân phố.",
        ),
        ("sốt xuất huyết", "diệt lăng quăng", "muỗi"),
        months=(5, 6, 7, 8, 9, 10, 11),
    ),
    S(
        "health.elderly",
        SECTION_NEWS,
        (
            "Khám sức khỏe và cấp thuốc miễn phí cho {n_old} người cao tuổi {W}",
            "{WU} tầm soát bệnh không lây nhiễm, khám sức khỏe định kỳ cho người cao tuổi",
            "Hội Người cao tuổi {W} phối hợp Trạm Y tế khám sức khỏe cho hội viên",
        ),
        (
            "{Day}, Trạm Y tế {W} phối hợp Hội Người cao tuổi tổ chức khám sức khỏe miễn phí "
            "cho người cao tuổi trên địa bàn.",
            "Chương trình khám sức khỏe người cao tuổi tại {W} năm nay chú trọng phát hiện sớm "
            "tăng huyết áp, đái tháo đường và các bệnh về mắt.",
        ),
        (
            "Các cụ được đo huyết áp, xét nghiệm đường huyết, khám mắt và tư vấn chế độ dinh "
            "dưỡng; những trường hợp có dấu hiệu bất thường được giới thiệu lên bệnh viện tuyến "
            "trên.",
            "Cụ {elder}, {age} tuổi, ngụ {kp}, chia sẻ: được bác sĩ khám tận nơi, giải thích kỹ "
            "về bệnh nên cụ yên tâm hơn, không phải nhờ con cháu chở đi xa.",
            "Bác sĩ {health}, Trạm trưởng Trạm Y tế {W}, cho biết mỗi người cao tuổi sau khi "
            "khám đều được lập hồ sơ sức khỏe điện tử để theo dõi lâu dài.",
            "Kinh phí chương trình do các nhà hảo tâm và Quỹ chăm sóc người cao tuổi {W} đóng "
            "góp, với tổng giá trị khoảng {money} triệu đồng.",
            "Dịp này, ban tổ chức tặng {small2} phần quà gồm sữa, thuốc bổ và máy đo huyết áp "
            "cho các cụ có hoàn cảnh khó khăn.",
        ),
        ("khám sức khỏe người cao tuổi", "người cao tuổi", "huyết áp"),
    ),
    S(
        "school.opening",
        SECTION_NEWS,
        (
            "Các trường trên địa bàn {W} tưng bừng khai giảng năm học {sy}",
            "Lãnh đạo {W} dự lễ khai giảng năm học mới tại Trường Tiểu học {school}",
            "Hơn {n_pupils} học sinh {W} hân hoan bước vào năm học {sy}",
        ),
        (
            "Sáng {d}/{m}, cùng với cả nước, {k_schools} trường mầm non, tiểu học và trung học "
            "cơ sở trên địa bàn {W} đồng loạt tổ chức lễ khai giảng năm học {sy}.",
            "Lễ khai giảng năm học {sy} ở {W} diễn ra trang trọng, ngắn gọn, dành nhiều thời "
            "gian cho các hoạt động trải nghiệm của học sinh.",
        ),
        (
            "Tại Trường Tiểu học {school}, sau nghi thức chào cờ, {principal_hon} {principal}, "
            "Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước gửi ngành giáo dục và đánh trống "
            "khai trường.",
            "Năm học mới, nhà trường có thêm {k_rooms} phòng học được cải tạo, trang bị máy "
            "chiếu và bàn ghế đúng chuẩn; {pct}% học sinh được học hai buổi mỗi ngày.",
            "Dịp này, {UBND} và các nhà hảo tâm trao tặng {n_gifts} suất quà gồm cặp sách, áo "
            "trắng và tập vở cho học sinh có hoàn cảnh khó khăn.",
            "Phát biểu tại buổi lễ, {chair_hon} {chair}, Chủ tịch UBND {W}, mong các thầy cô "
            "tiếp tục đổi mới phương pháp, học sinh chăm ngoan và phụ huynh đồng hành cùng nhà "
            "trường.",
            "Để bảo đảm an toàn, Công an {W} bố trí lực lượng điều tiết giao thông trước cổng "
            "trường trong giờ đưa đón học sinh suốt tuần lễ đầu năm học.",
        ),
        ("khai giảng năm học", "lễ khai giảng", "học sinh"),
        months=(9,),
        day=5,
    ),
    S(
        "school.scholarship",
        SECTION_NEWS,
        (
            "Trao {n_sch} suất học bổng cho học sinh nghèo vượt khó {W}",
            "Quỹ Khuyến học {W} trao học bổng tiếp sức đến trường",
            "Học sinh nghèo hiếu học ở {W} nhận học bổng đầu năm học",
        ),
        (
            "{Day}, Hội Khuyến học {W} trao {n_sch} suất học bổng, mỗi suất trị giá "
            "{sch_value} đồng, cho học sinh nghèo vượt khó học giỏi.",
            "Các suất học bổng năm nay được xét chọn công khai từ danh sách học sinh nghèo do "
            "các khu phố và nhà trường giới thiệu.",
        ),
        (
            "Em {pupil}, học sinh lớp {grade} Trường THCS {school2}, mồ côi cha, mẹ bán vé số "
            "nhưng nhiều năm liền đạt danh hiệu học sinh giỏi, xúc động cảm ơn sự quan tâm của "
            "địa phương.",
            "Nguồn học bổng do các doanh nghiệp, nhà hảo tâm và cán bộ, công chức {W} đóng góp; "
            "từ năm {year_start}, quỹ đã trao hơn {n_total} suất với tổng giá trị trên {money} "
            "triệu đồng.",
            "Bà {women}, Chủ tịch Hội Liên hiệp Phụ nữ {W}, cho biết hội sẽ tiếp tục nhận đỡ đầu "
            "các em có hoàn cảnh đặc biệt đến khi học xong trung học phổ thông.",
            "Ngoài tiền mặt, mỗi em còn nhận thêm xe đạp, tập vở và thẻ bảo hiểm y tế để yên tâm "
            "theo học trong năm học mới.",
        ),
        ("học bổng", "học sinh nghèo", "khuyến học"),
        months=(8, 9, 10),
    ),
    S(
        "school.enrolment",
        SECTION_NEWS,
        (
            "{WU} công bố kế hoạch tuyển sinh đầu cấp năm học {sy_next}",
            "Phụ huynh {W} đăng ký tuyển sinh đầu cấp theo hình thức trực tuyến",
            "Tuyển sinh đầu cấp tại {W}: bảo đảm đủ chỗ học cho trẻ trong độ tuổi",
        ),
        (
            "Ủy ban nhân dân {W} vừa ban hành kế hoạch tuyển sinh đầu cấp năm học {sy_next} cho "
            "lớp mầm non 5 tuổi, lớp 1 và lớp 6.",
            "Năm nay, việc tuyển sinh đầu cấp vào lớp 1 và lớp 6 tại {W} tiếp tục thực hiện theo "
            "tuyến cư trú, phụ huynh đăng ký trên cổng thông tin của ngành giáo dục.",
        ),
        (
            "Theo kế hoạch, toàn {unit} dự kiến tiếp nhận {n_grade1} học sinh vào lớp 1 và "
            "{n_grade6} học sinh vào lớp 6; trẻ cư trú trên địa bàn đều được bố trí chỗ học.",
            "Phụ huynh cần chuẩn bị mã định danh cá nhân của trẻ, đối chiếu thông tin cư trú và "
            "kiểm tra kỹ tên trường trước khi xác nhận hồ sơ.",
            "Tại các trường, tổ hỗ trợ tuyển sinh làm việc cả ngày thứ Bảy để giúp những gia "
            "đình chưa quen thao tác trên điện thoại.",
            "Lãnh đạo Phòng Văn hóa - Xã hội {W} lưu ý phụ huynh không nên tin lời mời chào "
            "“chạy trường”; mọi thắc mắc liên hệ trực tiếp nhà trường hoặc Ủy ban nhân dân.",
        ),
        ("tuyển sinh đầu cấp", "tuyển sinh lớp 1", "tuyển sinh"),
        months=(4, 5, 6, 7),
    ),
    S(
        "flood.prep",
        SECTION_NEWS,
        (
            "{WU} diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm {year}",
            "Ban Chỉ huy phòng chống thiên tai {W} sẵn sàng ứng phó bão số {storm}",
            "Chủ động phòng chống thiên tai trước mùa mưa bão ở {W}",
        ),
        (
            "{Day}, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn {W} tổ chức diễn tập "
            "với tình huống giả định mưa lớn kết hợp triều cường gây ngập sâu nhiều khu dân cư.",
            "Trước diễn biến phức tạp của thời tiết, {W} đã kiện toàn Ban Chỉ huy phòng chống "
            "thiên tai, rà soát lực lượng, phương tiện theo phương châm bốn tại chỗ.",
        ),
        (
            "Theo kịch bản, lực lượng xung kích của {kp} nhanh chóng di dời người già, trẻ em "
            "đến nơi an toàn, trong khi dân quân dùng xuồng tiếp cận các hộ bị cô lập.",
            "{Chair_hon} {chair}, Chủ tịch UBND, Trưởng Ban Chỉ huy phòng chống thiên tai {W}, "
            "yêu cầu các khu phố cập nhật danh sách hộ dân sống trong nhà yếu, gần bờ sông để "
            "chủ động sơ tán khi có lệnh.",
            "Địa phương đã chuẩn bị {n_boats} xuồng máy, {n_vests} áo phao, máy phát điện và cơ "
            "số lương thực đủ dùng trong ba ngày cho các điểm tránh trú.",
            "Qua diễn tập, nhiều thiếu sót trong thông tin liên lạc và phối hợp giữa các lực "
            "lượng đã được chỉ ra để điều chỉnh kịp thời trước cao điểm mưa bão.",
            "Người dân được khuyến cáo theo dõi bản tin dự báo thời tiết, gia cố nhà cửa, chặt "
            "tỉa cây xanh có nguy cơ gãy đổ và không ra khỏi nhà khi có gió mạnh.",
        ),
        ("phòng chống thiên tai", "mưa bão", "tìm kiếm cứu nạn"),
        months=(5, 6, 7, 8, 9, 10),
    ),
    S(
        "flood.inundation",
        SECTION_NEWS,
        (
            "Triều cường dâng cao, nhiều tuyến hẻm ở {W} ngập úng",
            "{WU} nạo vét cống thoát nước, chống ngập úng mùa mưa",
            "Mưa lớn kéo dài gây ngập úng cục bộ tại {kp}, {W}",
        ),
        (
            "{Day}, triều cường kết hợp mưa lớn khiến nhiều tuyến đường, hẻm ở {W} ngập úng sâu "
            "từ 20 đến 40 cm, gây khó khăn cho việc đi lại của người dân.",
            "Để giảm tình trạng ngập úng, {W} huy động lực lượng nạo vét {meters} mét cống thoát "
            "nước, khơi thông các miệng cống bị rác bịt kín.",
        ),
        (
            "Ghi nhận tại {street}, nước tràn vào nhà dân, nhiều hộ kinh doanh phải kê cao hàng "
            "hóa; xe máy chết máy giữa đường khiến giao thông ùn ứ kéo dài.",
            "Lãnh đạo {UBND} cho biết hệ thống cống ở khu vực này được xây dựng từ lâu, tiết "
            "diện nhỏ, không còn đáp ứng lượng nước mưa ngày càng lớn.",
            "Địa phương đã kiến nghị thành phố sớm đầu tư tuyến cống mới và lắp van ngăn triều "
            "tại các cửa xả để giải quyết căn cơ tình trạng ngập úng.",
            "Trong lúc chờ công trình, các tổ dân phố vận động người dân không xả rác xuống "
            "miệng cống, cùng khơi thông dòng chảy sau mỗi trận mưa.",
            "Bà {resident_f} ở {kp} cho biết mỗi lần triều cường, cả xóm lại phải kê bàn ghế, "
            "dọn đồ lên cao, mong sớm có giải pháp chống ngập lâu dài.",
        ),
        ("ngập úng", "triều cường", "chống ngập"),
        months=(8, 9, 10, 11, 12),
    ),
    S(
        "flood.evac",
        SECTION_NEWS,
        (
            "{WU} khẩn cấp di dời {n_hh} hộ dân khỏi khu vực sạt lở bờ sông",
            "Sạt lở bờ sông uy hiếp nhà dân ở {kp}, {W}",
            "Cảnh báo nguy cơ sạt lở bờ sông, {W} sơ tán người dân đến nơi an toàn",
        ),
        (
            "{Day}, một đoạn bờ sông dài khoảng {meters} mét tại {kp}, {W} bị sạt lở, kéo theo "
            "một phần sân và tường rào của {small} hộ dân.",
            "Trước nguy cơ sạt lở bờ sông tiếp tục lan rộng, {UBND} đã ban bố tình huống khẩn "
            "cấp và tổ chức sơ tán người dân trong khu vực.",
        ),
        (
            "Ngay trong đêm, lực lượng công an, dân quân và đoàn viên thanh niên đã hỗ trợ người "
            "dân di chuyển tài sản, bố trí chỗ ở tạm tại nhà văn hóa khu phố.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, trực tiếp kiểm tra hiện trường, chỉ đạo cắm "
            "biển cảnh báo, căng dây phong tỏa và cấm tàu thuyền neo đậu gần khu vực sạt lở.",
            "Mỗi hộ phải di dời được hỗ trợ ban đầu {gift_value} đồng và nhu yếu phẩm; địa "
            "phương đang lập phương án tái định cư lâu dài cho các hộ sống sát mép sông.",
            "Theo cơ quan chuyên môn, nguyên nhân sạt lở là do dòng chảy xoáy sâu vào chân bờ, "
            "cộng với việc khai thác cát trái phép ở thượng nguồn.",
            "Người dân được khuyến cáo không đến gần khu vực nguy hiểm, kịp thời báo cho chính "
            "quyền khi phát hiện vết nứt mới trên mặt đất.",
        ),
        ("sạt lở bờ sông", "sạt lở", "di dời"),
    ),
    S(
        "admin.onestop",
        SECTION_GOV,
        (
            "Bộ phận một cửa {W} tiếp nhận hơn {n_files} hồ sơ trong {period_short}",
            "{WU} sắp xếp lại Bộ phận một cửa, giảm thời gian chờ của người dân",
            "Người dân hài lòng với cách phục vụ của Bộ phận một cửa {W}",
        ),
        (
            "Từ đầu năm đến nay, Bộ phận tiếp nhận và trả kết quả thủ tục hành chính (Bộ phận "
            "một cửa) của {W} đã tiếp nhận {n_files} hồ sơ, {pct_high}% được giải quyết trước "
            "hạn và đúng hạn.",
            "Với quầy tiếp nhận mới, máy lấy số tự động và ghế chờ rộng rãi, Bộ phận một cửa "
            "của {W} đang dần thay đổi hình ảnh cơ quan hành chính trong mắt người dân.",
        ),
        (
            "Phần lớn hồ sơ thuộc lĩnh vực chứng thực, hộ tịch và đăng ký kinh doanh; thời gian "
            "giải quyết trung bình rút ngắn còn {small3} ngày làm việc.",
            "Anh {citizen} đến làm thủ tục khai sinh cho con cho biết chỉ mất khoảng hai mươi "
            "phút, cán bộ hướng dẫn tận tình, không phải bổ sung giấy tờ nhiều lần.",
            "{UBND} bố trí công chức trực Bộ phận một cửa cả sáng thứ Bảy, đồng thời niêm yết "
            "công khai quy trình, phí, lệ phí của từng thủ tục.",
            "Cải cách hành chính được xác định là khâu đột phá; kết quả giải quyết hồ sơ được "
            "đưa vào đánh giá mức độ hoàn thành nhiệm vụ của từng công chức.",
            "Người dân có thể góp ý về thái độ phục vụ qua hòm thư đặt tại trụ sở hoặc quét mã "
            "QR đánh giá mức độ hài lòng ngay tại quầy.",
        ),
        ("bộ phận một cửa", "thủ tục hành chính", "cải cách hành chính"),
    ),
    S(
        "admin.online",
        SECTION_GOV,
        (
            "{WU} hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến",
            "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình tại {W} đạt {pct_high}%",
            "Đoàn viên {W} giúp người cao tuổi sử dụng dịch vụ công trực tuyến",
        ),
        (
            "Để người dân quen dần với dịch vụ công trực tuyến, {W} bố trí tổ hướng dẫn ngay tại "
            "trụ sở, giúp bà con tạo tài khoản và nộp hồ sơ qua mạng.",
            "{Period_short}, {W} tiếp nhận {n_files} hồ sơ qua Cổng dịch vụ công trực tuyến, "
            "chiếm {pct}% tổng số hồ sơ thủ tục hành chính.",
        ),
        (
            "Các thủ tục được nộp trực tuyến nhiều nhất là đăng ký khai sinh, đăng ký thường "
            "trú, cấp bản sao trích lục hộ tịch và chứng thực chữ ký.",
            "Theo {chair_hon} {chair}, Chủ tịch UBND {W}, khi nộp hồ sơ trực tuyến người dân "
            "không phải đi lại, được giảm lệ phí và tra cứu được tiến độ giải quyết bất cứ lúc "
            "nào.",
            "Bà {elder_f}, {age} tuổi, lần đầu tự làm thủ tục trên điện thoại với sự giúp đỡ của "
            "các bạn đoàn viên, vui vẻ nói không ngờ việc này lại nhanh đến vậy.",
            "Khó khăn lớn nhất hiện nay là một bộ phận người dân, nhất là người cao tuổi, chưa "
            "có điện thoại thông minh hoặc chưa kích hoạt tài khoản định danh điện tử.",
            "Thời gian tới, địa phương đặt mục tiêu trên {pct_target}% hồ sơ được giải quyết "
            "trực tuyến, gắn với số hóa kết quả giải quyết thủ tục hành chính.",
        ),
        ("dịch vụ công trực tuyến", "hồ sơ trực tuyến", "dịch vụ công"),
    ),
    S(
        "admin.digital",
        SECTION_GOV,
        (
            "{WU} đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
            "Ra mắt tổ công nghệ số cộng đồng ở {W}",
            "Chuyển đổi số ở {W}: tiểu thương chợ {market} bán hàng không dùng tiền mặt",
        ),
        (
            "{WU} xác định chuyển đổi số là nhiệm vụ trọng tâm, từng bước đưa hoạt động của "
            "chính quyền và đời sống người dân lên môi trường số.",
            "{Day}, {UBND} ra mắt {k} tổ công nghệ số cộng đồng, góp phần thúc đẩy chuyển đổi "
            "số đến từng khu dân cư.",
        ),
        (
            "Mỗi tổ gồm cán bộ khu phố, đoàn viên thanh niên và công an khu vực, có nhiệm vụ "
            "hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền "
            "mặt.",
            "Đến nay, {pct}% tiểu thương tại chợ {market} đã dùng mã QR để nhận tiền, giảm hẳn "
            "cảnh thối tiền lẻ và tiền giả.",
            "Ủy ban nhân dân {W} đã số hóa {n_docs} hồ sơ hộ tịch lưu trữ từ năm 1976, giúp tra "
            "cứu nhanh và giảm giấy tờ cho người dân.",
            "Theo lãnh đạo địa phương, chuyển đổi số không chỉ là trang bị máy móc mà quan trọng "
            "là thay đổi thói quen làm việc của cán bộ và cách người dân tiếp cận dịch vụ.",
            "Trong năm, địa phương cũng thí điểm ứng dụng phản ánh hiện trường, giúp người dân "
            "gửi hình ảnh về rác thải, hư hỏng đường sá và nhận phản hồi trong vòng 48 giờ.",
        ),
        ("chuyển đổi số", "chính quyền số", "công nghệ số"),
    ),
    S(
        "youth.blood",
        SECTION_PARTY,
        (
            "Hơn {n_donors} đoàn viên, thanh niên {W} tham gia hiến máu tình nguyện",
            "Ngày hội hiến máu tình nguyện {W} thu về {n_units} đơn vị máu",
            "Đoàn {W} phát động phong trào hiến máu tình nguyện năm {year}",
        ),
        (
            "{Day}, Đoàn Thanh niên {W} phối hợp Hội Chữ thập đỏ tổ chức ngày hội hiến máu tình "
            "nguyện với chủ đề “Giọt hồng yêu thương”.",
            "Ngày hội hiến máu tình nguyện tại {W} thu hút đông đảo đoàn viên, thanh niên, công "
            "nhân và người dân các khu phố đến đăng ký.",
        ),
        (
            "Trước khi hiến máu, mỗi người được đo huyết áp, xét nghiệm nhanh và tư vấn về sức "
            "khỏe; sau khi hiến, tình nguyện viên được nghỉ ngơi, ăn nhẹ và nhận giấy chứng "
            "nhận.",
            "Anh {donor}, công nhân một công ty may trên địa bàn, đã {k_times} lần hiến máu, chia "
            "sẻ mỗi lần hiến là một lần thấy mình có ích cho người bệnh.",
            "Theo {youth_hon} {youth}, Bí thư Đoàn {W}, lượng máu thu được sẽ chuyển về bệnh "
            "viện để phục vụ cấp cứu và điều trị, nhất là trong dịp cao điểm đầu năm.",
            "Phong trào hiến máu tình nguyện ở {W} được duy trì nhiều năm liền, mỗi năm có từ "
            "hai đến ba đợt, góp phần giảm tình trạng thiếu máu cục bộ.",
            "Dịp này, ban tổ chức biểu dương {small} cá nhân hiến máu nhiều lần và các đơn vị "
            "vận động đông người tham gia.",
        ),
        ("hiến máu tình nguyện", "hiến máu", "giọt hồng"),
    ),
    S(
        "youth.summer",
        SECTION_PARTY,
        (
            "Đoàn {W} ra quân chiến dịch tình nguyện Mùa hè xanh năm {year}",
            "Sinh viên tình nguyện Mùa hè xanh sửa đường, dạy học tại {W}",
            "Chiến dịch Mùa hè xanh để lại nhiều công trình ý nghĩa ở {W}",
        ),
        (
            "{Day}, Đoàn Thanh niên {W} tổ chức lễ ra quân chiến dịch tình nguyện Mùa hè xanh "
            "với {n_vol} chiến sĩ tình nguyện tham gia.",
            "Sau hơn một tháng, các chiến sĩ Mùa hè xanh đã cùng người dân {W} hoàn thành nhiều "
            "phần việc thiết thực.",
        ),
        (
            "Các đội hình tập trung bê tông hóa {meters} mét hẻm, lắp {n_lights} bóng đèn chiếu "
            "sáng và sơn lại tường rào trường học.",
            "Lớp học tình thương do sinh viên phụ trách giúp gần {n_kids_small} em nhỏ ôn tập "
            "tiếng Việt, toán và làm quen với tiếng Anh trong dịp hè.",
            "{Youth_hon} {youth}, Bí thư Đoàn {W}, cho biết năm nay chiến dịch chú trọng hỗ trợ "
            "chuyển đổi số, hướng dẫn người dân cài đặt ứng dụng và thanh toán điện tử.",
            "Bà con trong khu phố thường nấu nước, mang trái cây ra tận công trình, xem các bạn "
            "tình nguyện như con cháu trong nhà.",
            "Kết thúc chiến dịch, Đoàn {W} tặng giấy khen cho {small} tập thể và {small2} chiến "
            "sĩ có thành tích xuất sắc.",
        ),
        ("mùa hè xanh", "chiến dịch tình nguyện", "sinh viên tình nguyện"),
        months=(6, 7, 8),
    ),
    S(
        "youth.month",
        SECTION_PARTY,
        (
            "{WU} khởi động Tháng Thanh niên năm {year}",
            "Tuổi trẻ {W} sôi nổi hoạt động trong Tháng Thanh niên",
            "Tổng kết Tháng Thanh niên: đoàn viên {W} hoàn thành {k2} công trình",
        ),
        (
            "{Day}, Đoàn Thanh niên {W} tổ chức lễ khởi động Tháng Thanh niên năm {year}, chào "
            "mừng {n_anniv} năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3).",
            "Trong Tháng Thanh niên, các chi đoàn khu phố ở {W} đồng loạt ra quân với nhiều hoạt "
            "động hướng về cộng đồng.",
        ),
        (
            "Ngay sau lễ khởi động, đoàn viên chia thành các tổ dọn vệ sinh tuyến kênh {canal}, "
            "trồng cây xanh và vẽ tranh tường tại các hẻm.",
            "Chi đoàn {kp} ra mắt tủ sách thanh niên với hơn {n_books} đầu sách do đoàn viên "
            "quyên góp, phục vụ thiếu nhi và người dân đọc miễn phí.",
            "Nhiều hoạt động như giải bóng đá thanh niên, ngày hội việc làm, tư vấn hướng nghiệp "
            "thu hút đông đảo bạn trẻ tham gia.",
            "{Youth_hon} {youth}, Bí thư Đoàn {W}, cho biết mỗi chi đoàn đăng ký ít nhất một "
            "công trình, phần việc thanh niên, có địa chỉ và thời gian hoàn thành cụ thể.",
            "Dịp này, Đoàn {W} kết nạp {small} đoàn viên mới và trao tặng {small2} suất quà cho "
            "thiếu nhi có hoàn cảnh khó khăn.",
        ),
        ("tháng thanh niên", "đoàn thanh niên", "đoàn viên"),
        months=(3,),
    ),
    S(
        "veterans.congress",
        SECTION_PARTY,
        (
            "Đại hội đại biểu Hội Cựu chiến binh {W} lần thứ {nth}",
            "Hội Cựu chiến binh {W} tổ chức đại hội, bầu Ban Chấp hành nhiệm kỳ mới",
            "Ông {vet} tái đắc cử Chủ tịch Hội Cựu chiến binh {W}",
        ),
        (
            "{Day}, Hội Cựu chiến binh {W} tổ chức đại hội đại biểu lần thứ {nth}, với sự tham "
            "dự của {n_delegates} đại biểu đại diện cho hơn {n_members} hội viên.",
            "Đại hội Hội Cựu chiến binh {W} đã đánh giá kết quả nhiệm kỳ qua và đề ra mục tiêu, "
            "giải pháp cho nhiệm kỳ mới.",
        ),
        (
            "Nhiệm kỳ qua, hội viên cựu chiến binh tích cực tham gia giữ gìn an ninh trật tự, "
            "hòa giải mâu thuẫn ở khu dân cư và vận động con cháu chấp hành tốt pháp luật.",
            "Phong trào cựu chiến binh giúp nhau làm kinh tế phát triển mạnh, đến nay không còn "
            "hộ hội viên nghèo; nhiều mô hình kinh doanh của hội viên cho thu nhập ổn định.",
            "Đại hội đã bầu Ban Chấp hành khóa mới gồm {k_bch} đồng chí; ông {vet} được tín "
            "nhiệm bầu giữ chức Chủ tịch Hội Cựu chiến binh {W}.",
            "Phát biểu chỉ đạo, đồng chí {sec}, Bí thư Đảng ủy {W}, đề nghị hội tiếp tục phát huy "
            "bản chất Bộ đội Cụ Hồ, là chỗ dựa tin cậy của cấp ủy, chính quyền ở cơ sở.",
            "Đại hội cũng bầu {small} đại biểu đi dự Đại hội Hội Cựu chiến binh cấp trên.",
        ),
        ("đại hội cựu chiến binh", "hội cựu chiến binh", "cựu chiến binh"),
    ),
    S(
        "veterans.anniv",
        SECTION_PARTY,
        (
            "{WU} họp mặt kỷ niệm {n_army} năm Ngày thành lập Quân đội nhân dân Việt Nam",
            "Cựu chiến binh {W} ôn truyền thống nhân ngày 22/12",
            "Thăm, tặng quà gia đình chính sách {W} nhân ngày 22/12",
        ),
        (
            "{Day}, {UBND} tổ chức họp mặt cựu chiến binh, cựu quân nhân nhân kỷ niệm {n_army} "
            "năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/{year}).",
            "Nhân kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam, lãnh đạo {W} đã đến thăm, "
            "tặng quà các gia đình chính sách, cựu chiến binh có hoàn cảnh khó khăn.",
        ),
        (
            "Tại buổi họp mặt, các cựu chiến binh ôn lại những năm tháng chiến đấu gian khổ, kể "
            "cho thế hệ trẻ nghe về những đồng đội đã ngã xuống vì độc lập, tự do của Tổ quốc.",
            "Đồng chí {sec}, Bí thư Đảng ủy {W}, ghi nhận những đóng góp của cựu chiến binh trong "
            "xây dựng khu dân cư an toàn, đoàn kết và giúp nhau phát triển kinh tế.",
            "Dịp này, địa phương trao {n_gifts} phần quà cho các gia đình chính sách, mỗi phần "
            "gồm tiền mặt và nhu yếu phẩm trị giá {gift_value} đồng.",
            "Cựu chiến binh {veteran}, {age_old} tuổi, từng chiến đấu ở {front_place}, xúc động "
            "nói niềm vui lớn nhất là thấy quê hương ngày càng đổi thay.",
            "Đoàn viên thanh niên {W} cũng tổ chức dọn dẹp, thắp nến tri ân tại nghĩa trang liệt "
            "sĩ và nhà bia ghi danh trên địa bàn.",
        ),
        ("quân đội nhân dân việt nam", "ngày 22/12", "cựu chiến binh"),
        months=(12,),
    ),
    S(
        "veterans.help",
        SECTION_PARTY,
        (
            "Cựu chiến binh {W} giúp nhau làm kinh tế, vươn lên thoát nghèo",
            "Mô hình {model} của cựu chiến binh {W} cho thu nhập ổn định",
            "Hội Cựu chiến binh {W} trao vốn vay giúp hội viên phát triển kinh tế",
        ),
        (
            "Những năm qua, phong trào cựu chiến binh giúp nhau làm kinh tế ở {W} phát triển "
            "mạnh, giúp nhiều gia đình hội viên có cuộc sống ổn định.",
            "Từ nguồn vốn vay ưu đãi và sự giúp đỡ của đồng đội, nhiều cựu chiến binh ở {W} đã "
            "mạnh dạn đầu tư sản xuất, kinh doanh.",
        ),
        (
            "Ông {veteran}, hội viên chi hội {kp}, khởi nghiệp với mô hình {model} từ số vốn vay "
            "{loan} triệu đồng; nay mỗi năm gia đình có lãi khoảng {profit} triệu đồng.",
            "Hội Cựu chiến binh {W} hiện quản lý {k2} tổ tiết kiệm và vay vốn với tổng dư nợ hơn "
            "{money} triệu đồng, không có nợ quá hạn.",
            "Ông {vet}, Chủ tịch Hội Cựu chiến binh {W}, cho biết hội thường xuyên tổ chức cho "
            "hội viên tham quan, học hỏi các mô hình hiệu quả để nhân rộng.",
            "Nhiều cựu chiến binh làm ăn giỏi còn tạo việc làm cho lao động địa phương và hỗ "
            "trợ con em hội viên khó khăn tiếp tục đến trường.",
        ),
        ("cựu chiến binh giúp nhau làm kinh tế", "vốn vay", "cựu chiến binh"),
    ),
    S(
        "budget.estimate",
        SECTION_GOV,
        (
            "{WU} giao dự toán ngân sách năm {budget_year} cho các đơn vị",
            "Dự toán ngân sách {W} năm {budget_year} ưu tiên chi cho an sinh xã hội",
            "Lấy ý kiến nhân dân về dự toán ngân sách năm {budget_year} của {W}",
        ),
        (
            "{UBND} vừa giao dự toán ngân sách năm {budget_year} với tổng thu trên địa bàn "
            "{money_big} tỷ đồng và tổng chi ngân sách {unit} {money_mid} tỷ đồng.",
            "Dự toán ngân sách năm {budget_year} của {W} được xây dựng theo hướng tiết kiệm chi "
            "thường xuyên, dành nguồn cho đầu tư hạ tầng và các chính sách an sinh.",
        ),
        (
            "Theo dự toán, chi đầu tư phát triển chiếm {pct_small}% tổng chi, tập trung nâng cấp "
            "hẻm, hệ thống thoát nước và chiếu sáng công cộng; chi sự nghiệp giáo dục, y tế được "
            "giữ ổn định.",
            "Dự toán đã được Hội đồng nhân dân {W} thông qua tại kỳ họp cuối năm, sau khi lấy ý "
            "kiến các tổ đại biểu và Ủy ban Mặt trận Tổ quốc.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, yêu cầu các đơn vị sử dụng ngân sách đúng "
            "mục đích, công khai, minh bạch và thực hành tiết kiệm, chống lãng phí.",
            "Nguồn thu chủ yếu đến từ thuế hộ kinh doanh, phí, lệ phí và tiền sử dụng đất; địa "
            "phương đặt mục tiêu thu vượt dự toán ít nhất {small}%.",
            "Bảng dự toán chi tiết được niêm yết tại trụ sở {UBND} và đăng tải trên trang thông "
            "tin điện tử để người dân theo dõi, giám sát.",
        ),
        ("dự toán ngân sách", "ngân sách", "chi đầu tư"),
        months=(11, 12, 1),
    ),
    S(
        "budget.settlement",
        SECTION_GOV,
        (
            "Công khai quyết toán ngân sách năm {prev_year} của {W}",
            "{WU} phê chuẩn quyết toán ngân sách năm {prev_year}",
            "Quyết toán ngân sách {W}: thu vượt {pct_small}% dự toán năm {prev_year}",
        ),
        (
            "{UBND} đã công khai quyết toán ngân sách năm {prev_year}, trong đó tổng thu ngân "
            "sách trên địa bàn đạt {money_big} tỷ đồng, vượt {pct_small}% dự toán.",
            "Quyết toán ngân sách năm {prev_year} của {W} cho thấy việc thu, chi được thực hiện "
            "đúng quy định, các khoản chi cho an sinh xã hội được bảo đảm.",
        ),
        (
            "Chi ngân sách năm {prev_year} là {money_mid} tỷ đồng, bằng {pct}% dự toán; một số "
            "công trình chuyển nguồn sang năm sau do vướng thủ tục giải phóng mặt bằng.",
            "Hội đồng nhân dân {W} đã phê chuẩn quyết toán sau khi Ban Kinh tế - Ngân sách thẩm "
            "tra và đề nghị làm rõ một số khoản chi chưa đủ chứng từ.",
            "Theo quy định, quyết toán ngân sách được niêm yết tại trụ sở Ủy ban nhân dân và nhà "
            "văn hóa các khu phố trong ít nhất 90 ngày.",
            "Ban Thanh tra nhân dân {W} cho biết sẽ tiếp tục giám sát việc sử dụng các khoản "
            "đóng góp của nhân dân và kinh phí chỉnh trang đô thị.",
        ),
        ("quyết toán ngân sách", "ngân sách", "quyết toán"),
        months=(6, 7, 8),
    ),
    S(
        "budget.tax",
        SECTION_GOV,
        (
            "{WU} tăng cường quản lý thu thuế hộ kinh doanh",
            "Hộ kinh doanh ở {W} chuyển sang kê khai thuế và dùng hóa đơn điện tử",
            "Đối thoại với hộ kinh doanh {W} về chính sách thuế mới",
        ),
        (
            "Nhằm chống thất thu ngân sách, {W} phối hợp cơ quan thuế rà soát {n_biz} hộ kinh "
            "doanh trên địa bàn, đôn đốc kê khai và nộp thuế đúng hạn.",
            "{Day}, {UBND} tổ chức đối thoại với hộ kinh doanh về chính sách thuế mới, trong đó "
            "có việc bỏ thuế khoán và áp dụng hóa đơn điện tử.",
        ),
        (
            "Theo đại diện cơ quan thuế, từ năm nay hộ kinh doanh có doanh thu trên một tỷ đồng "
            "mỗi năm phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền.",
            "Chị {seller}, kinh doanh tạp hóa ở chợ {market}, cho biết ban đầu còn lúng túng "
            "nhưng được cán bộ thuế hướng dẫn tận nơi nên đã quen với phần mềm bán hàng.",
            "Số thu từ hộ kinh doanh hiện chiếm khoảng {pct_small}% tổng thu ngân sách trên địa "
            "bàn, là nguồn quan trọng để chi cho các công trình dân sinh.",
            "Địa phương cũng xử lý nghiêm tình trạng lấn chiếm vỉa hè để buôn bán, vừa bảo đảm "
            "trật tự đô thị vừa tạo sự công bằng giữa các hộ kinh doanh.",
        ),
        ("thuế hộ kinh doanh", "hóa đơn điện tử", "hộ kinh doanh"),
    ),
    S(
        "land.clearance",
        SECTION_GOV,
        (
            "{WU} đẩy nhanh giải phóng mặt bằng dự án {project}",
            "Đối thoại với {n_hh} hộ dân về bồi thường, giải phóng mặt bằng tại {W}",
            "Bàn giao mặt bằng sạch dự án {project} ở {W}",
        ),
        (
            "Công tác giải phóng mặt bằng dự án {project} đoạn qua {W} liên quan {n_hh} hộ dân; "
            "đến nay đã có {pct_high}% hộ nhận tiền bồi thường và bàn giao mặt bằng.",
            "{Day}, {UBND} tổ chức đối thoại với các hộ dân chưa đồng thuận về phương án bồi "
            "thường, hỗ trợ, tái định cư để đẩy nhanh giải phóng mặt bằng.",
        ),
        (
            "Các ý kiến tập trung vào đơn giá bồi thường đất ở, chính sách hỗ trợ chuyển đổi "
            "nghề và vị trí khu tái định cư; nhiều hộ mong được nhận nền tái định cư gần nơi ở "
            "cũ.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, giải thích rõ căn cứ pháp lý của từng khoản "
            "bồi thường, đồng thời ghi nhận những trường hợp đặc thù để kiến nghị cấp trên xem "
            "xét.",
            "Gia đình ông {resident_m} ở {kp} là một trong những hộ đầu tiên bàn giao mặt bằng; "
            "ông cho biết tuy còn tiếc mảnh vườn lâu năm nhưng ủng hộ vì con đường mở rộng sẽ "
            "giúp cả khu phố đi lại thuận tiện.",
            "Theo kế hoạch, toàn bộ mặt bằng phải được bàn giao cho chủ đầu tư trước ngày "
            "30/{deadline_month} để kịp thi công trong mùa khô.",
            "Địa phương thành lập tổ công tác gồm cán bộ địa chính, mặt trận và các đoàn thể, "
            "đến từng nhà vận động, giải đáp thắc mắc của người dân.",
        ),
        ("giải phóng mặt bằng", "bồi thường", "tái định cư"),
    ),
    S(
        "land.certificate",
        SECTION_GOV,
        (
            "{WU} trao {n_cert} giấy chứng nhận quyền sử dụng đất cho hộ dân",
            "Gỡ vướng cấp giấy chứng nhận quyền sử dụng đất tại {kp}, {W}",
            "Người dân {W} vui mừng nhận sổ đỏ sau nhiều năm chờ đợi",
        ),
        (
            "{Day}, {UBND} tổ chức trao {n_cert} giấy chứng nhận quyền sử dụng đất (sổ đỏ) cho "
            "các hộ dân có hồ sơ tồn đọng nhiều năm.",
            "Sau gần {years_wait} năm chờ đợi, nhiều hộ dân ở {kp}, {W} đã được cấp giấy chứng "
            "nhận quyền sử dụng đất (sổ đỏ) nhờ việc rà soát, tháo gỡ vướng mắc về nguồn gốc đất.",
        ),
        (
            "Phần lớn các trường hợp tồn đọng là nhà đất mua bán bằng giấy tay, chuyển nhượng "
            "qua nhiều chủ hoặc sai lệch ranh giới giữa bản đồ cũ và hiện trạng sử dụng.",
            "Ông {resident_m} cầm cuốn sổ đỏ trên tay, cho biết gia đình đã ở đây từ năm "
            "{year_old} nhưng đến nay mới yên tâm về quyền lợi hợp pháp của mình.",
            "Công chức địa chính {W} đã đến từng nhà đo đạc lại, hướng dẫn người dân bổ sung "
            "giấy tờ và lấy ý kiến khu dân cư về nguồn gốc đất.",
            "Từ đầu năm, địa phương đã giải quyết {n_files} hồ sơ đăng ký đất đai, trong đó có "
            "{n_cert2} hồ sơ cấp giấy lần đầu; số hồ sơ trễ hạn giảm mạnh so với năm trước.",
            "Người dân có nhu cầu được tiếp nhận hồ sơ tại Bộ phận một cửa hoặc nộp trực tuyến; "
            "lãnh đạo {W} cam kết không để phát sinh chi phí ngoài quy định.",
        ),
        ("giấy chứng nhận quyền sử dụng đất", "sổ đỏ", "đất đai"),
    ),
    S(
        "land.violation",
        SECTION_GOV,
        (
            "{WU} cưỡng chế công trình xây dựng trái phép trên đất nông nghiệp",
            "Kiên quyết xử lý xây dựng trái phép, lấn chiếm đất công ở {W}",
            "Phát hiện {small} công trình xây dựng trái phép tại {kp}, {W}",
        ),
        (
            "{Day}, {UBND} tổ chức cưỡng chế tháo dỡ {small} công trình xây dựng trái phép trên "
            "đất nông nghiệp tại {kp}, tổng diện tích vi phạm khoảng {area} mét vuông.",
            "Trước tình trạng xây dựng trái phép diễn biến phức tạp, {W} thành lập tổ kiểm tra "
            "trật tự xây dựng, tuần tra cả ngày nghỉ và ban đêm.",
        ),
        (
            "Các công trình vi phạm chủ yếu là nhà tiền chế, tường rào và nhà kho dựng trên đất "
            "trồng cây lâu năm, chưa được cấp phép và không phù hợp quy hoạch.",
            "Trước khi cưỡng chế, địa phương đã nhiều lần vận động, ban hành quyết định xử phạt "
            "nhưng các chủ công trình không tự khắc phục.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, cảnh báo người dân không mua bán đất nông "
            "nghiệp phân lô bằng giấy tay, tránh mất tiền oan vì không thể hợp thức hóa.",
            "Địa phương cũng xử lý trách nhiệm của tổ trưởng tổ dân phố, cán bộ phụ trách địa "
            "bàn khi để xảy ra vi phạm mà không báo cáo kịp thời.",
        ),
        ("xây dựng trái phép", "cưỡng chế", "trật tự xây dựng"),
    ),
    S(
        "env.greensunday",
        SECTION_NEWS,
        (
            "Hàng trăm người dân {W} hưởng ứng ngày Chủ nhật xanh",
            "Ngày Chủ nhật xanh: đoàn viên {W} vớt rác trên kênh {canal}",
            "{WU} duy trì ngày Chủ nhật xanh hằng tháng, khu phố sạch hơn",
        ),
        (
            "Sáng Chủ nhật {d}/{m}, {UBND} phát động ngày Chủ nhật xanh, thu hút hơn "
            "{n_people} cán bộ, đoàn viên và người dân tham gia dọn vệ sinh môi trường.",
            "Ngày Chủ nhật xanh do {W} tổ chức vào Chủ nhật cuối tháng đã trở thành nét sinh "
            "hoạt quen thuộc của người dân các khu phố.",
        ),
        (
            "Lực lượng tham gia chia thành nhiều tổ, thu gom rác thải, phát quang bụi rậm, xóa "
            "quảng cáo rao vặt trên tường và vớt rác, lục bình trên kênh {canal}.",
            "Chỉ trong một buổi sáng, các tổ đã thu gom hơn {tons} tấn rác, xử lý {small} điểm "
            "tập kết rác tự phát lâu ngày gây ô nhiễm.",
            "Bà {resident_f}, ngụ {kp}, cho biết từ khi có ngày Chủ nhật xanh, con hẻm trước nhà "
            "sạch sẽ hẳn, bà con cũng có ý thức hơn trong việc bỏ rác đúng giờ.",
            "Lãnh đạo {W} đề nghị các khu phố duy trì hoạt động thường xuyên, kết hợp tuyên "
            "truyền người dân không xả rác xuống kênh rạch và lòng đường.",
        ),
        ("chủ nhật xanh", "vệ sinh môi trường", "vớt rác"),
        sunday=True,
    ),
    S(
        "env.sorting",
        SECTION_NEWS,
        (
            "{WU} thí điểm phân loại rác tại nguồn ở {kp}",
            "Hướng dẫn người dân {W} phân loại rác thải sinh hoạt tại nguồn",
            "Phân loại rác tại nguồn: bước đầu tạo thói quen mới ở {W}",
        ),
        (
            "{Day}, {UBND} triển khai thí điểm phân loại rác tại nguồn với {n_hh} hộ dân, mỗi "
            "hộ được phát hai thùng đựng rác hữu cơ và rác tái chế.",
            "Sau {months_n} tháng thực hiện, việc phân loại rác tại nguồn ở {W} đã giúp giảm "
            "đáng kể lượng rác phải chôn lấp.",
        ),
        (
            "Rác thực phẩm được thu gom hằng ngày để ủ phân hữu cơ; giấy, nhựa, kim loại được "
            "thu riêng vào các ngày quy định và bán lấy tiền bổ sung quỹ khu phố.",
            "Tổ trưởng tổ dân phố {resident} cho biết lúc đầu nhiều hộ còn bỏ lẫn, tổ phải đến "
            "từng nhà nhắc nhở, đến nay hơn {pct}% hộ đã phân loại đúng.",
            "Đoàn viên thanh niên và hội viên phụ nữ là lực lượng nòng cốt tuyên truyền, hướng "
            "dẫn cách phân loại bằng tờ rơi và các buổi sinh hoạt tổ dân phố.",
            "Từ kết quả thí điểm, {W} dự kiến nhân rộng mô hình ra toàn địa bàn trong năm "
            "{next_year}.",
            "Đơn vị thu gom rác cũng điều chỉnh lịch thu, bố trí xe riêng cho từng loại rác để "
            "tránh tình trạng phân loại xong lại đổ chung.",
        ),
        ("phân loại rác tại nguồn", "rác hữu cơ", "phân loại rác"),
    ),
    S(
        "env.trees",
        SECTION_NEWS,
        (
            "{WU} trồng {n_trees} cây xanh trên các tuyến đường, hẻm",
            "Phụ nữ {W} trồng hoa, trồng cây xanh tạo tuyến hẻm xanh - sạch - đẹp",
            "Ra quân trồng cây xanh hưởng ứng Tết trồng cây ở {W}",
        ),
        (
            "{Day}, {W} tổ chức lễ ra quân trồng cây xanh, hưởng ứng chương trình trồng một tỷ "
            "cây xanh giai đoạn 2021 - 2025.",
            "Các tuyến hẻm trồng cây xanh, hoa giấy và hoa mười giờ ở {W} không chỉ tạo cảnh "
            "quan mà còn giúp người dân gắn bó, chăm chút nơi mình sống.",
        ),
        (
            "Các loại cây được chọn trồng gồm sao đen, dầu, lim xẹt và bằng lăng, phù hợp với "
            "thổ nhưỡng và ít nguy cơ gãy đổ khi mưa bão.",
            "Hội Liên hiệp Phụ nữ {W} nhận chăm sóc {small} tuyến hẻm, mỗi hội viên phụ trách "
            "tưới nước và tỉa cành cho những chậu hoa trước cửa nhà mình.",
            "Bà {women}, Chủ tịch Hội Liên hiệp Phụ nữ {W}, cho biết giai đoạn tới hội sẽ vận "
            "động mỗi gia đình trồng ít nhất một cây xanh hoặc một chậu hoa.",
            "Kinh phí mua cây giống do doanh nghiệp trên địa bàn tài trợ; mỗi cây được gắn biển "
            "tên người trồng và người nhận chăm sóc.",
            "Theo kế hoạch, đến cuối năm {year}, {W} sẽ phủ xanh thêm {small} tuyến đường và cải "
            "tạo {small2} khoảng đất trống thành vườn hoa nhỏ.",
        ),
        ("trồng cây xanh", "cây xanh", "vườn hoa"),
    ),
    S(
        "culture.festival",
        SECTION_NEWS,
        (
            "Lễ hội đình {wn} năm {year} thu hút đông đảo người dân",
            "{WU} tổ chức lễ hội Kỳ yên tại đình {wn}",
            "Giữ gìn nét đẹp lễ hội đình truyền thống ở {W}",
        ),
        (
            "{Day}, lễ hội đình {wn} ({W}) diễn ra trong không khí trang nghiêm, với các nghi "
            "thức rước sắc thần, tế lễ và hát bội truyền thống.",
            "Lễ hội đình {wn} năm nay được tổ chức theo hướng giữ gìn nghi lễ cổ truyền, giản "
            "tiện, tiết kiệm và an toàn cho người dân tham dự.",
        ),
        (
            "Ngôi đình được xây dựng từ giữa thế kỷ XIX, là nơi thờ Thành hoàng bổn cảnh và các "
            "bậc tiền hiền có công khai khẩn vùng đất này.",
            "Bên cạnh phần lễ, phần hội có nhiều trò chơi dân gian như kéo co, đập nồi, bịt mắt "
            "bắt dê, thu hút đông đảo thiếu nhi và thanh niên trong vùng.",
            "Ông {elder_m}, trưởng ban quý tế đình {wn}, cho biết mỗi năm lễ hội là dịp để con "
            "cháu đi xa trở về, cùng nhau tưởng nhớ công ơn tiền nhân.",
            "Công an {W} bố trí lực lượng giữ trật tự, hướng dẫn xe ra vào và nhắc nhở các hộ "
            "kinh doanh không bày bán lấn chiếm lối đi.",
            "Ngành văn hóa địa phương đang hoàn thiện hồ sơ đề nghị xếp hạng di tích cho ngôi "
            "đình, đồng thời ghi chép lại các bài văn tế cổ.",
        ),
        ("lễ hội đình", "kỳ yên", "hát bội"),
    ),
    S(
        "culture.family",
        SECTION_NEWS,
        (
            "{WU} tuyên dương {n_fam} gia đình văn hóa tiêu biểu",
            "Xây dựng gia đình văn hóa, khu phố văn hóa ở {W}",
            "Gia đình văn hóa tiêu biểu {W}: giữ nếp nhà, sống nghĩa tình",
        ),
        (
            "{Day}, {UBND} tổ chức hội nghị biểu dương gia đình văn hóa tiêu biểu, khen thưởng "
            "{n_fam} gia đình có nhiều đóng góp cho phong trào ở khu dân cư.",
            "Phong trào xây dựng gia đình văn hóa ở {W} ngày càng đi vào thực chất, với "
            "{pct_high}% hộ dân đạt danh hiệu gia đình văn hóa năm {year}.",
        ),
        (
            "Gia đình ông {resident_m} ở {kp} ba thế hệ chung sống hòa thuận, con cháu học hành "
            "giỏi giang; gia đình còn thường xuyên giúp đỡ hàng xóm lúc khó khăn.",
            "Tiêu chí bình xét năm nay chú trọng việc chấp hành pháp luật, giữ gìn vệ sinh môi "
            "trường, không bạo lực gia đình và tham gia các hoạt động cộng đồng.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, đề nghị các khu phố tránh bình xét hình "
            "thức, chạy theo số lượng, mà phải lấy ý kiến thực chất của người dân.",
            "Nhiều gia đình tiêu biểu là hạt nhân trong các phong trào khuyến học, hiến máu tình "
            "nguyện và giữ gìn an ninh trật tự ở khu phố.",
        ),
        ("gia đình văn hóa", "khu phố văn hóa", "văn hóa"),
    ),
    S(
        "culture.arts",
        SECTION_NEWS,
        (
            "Hội diễn văn nghệ quần chúng {W} năm {year} có {n_acts} tiết mục dự thi",
            "Sôi nổi hội diễn văn nghệ quần chúng chào mừng {occasion} ở {W}",
            "{kpU} đoạt giải nhất hội diễn văn nghệ quần chúng {W}",
        ),
        (
            "{Day}, {UBND} tổ chức hội diễn văn nghệ quần chúng với sự tham gia của {k_teams} "
            "đội đến từ các khu phố, trường học và đoàn thể.",
            "Hội diễn văn nghệ quần chúng năm nay ở {W} mang đến nhiều tiết mục đặc sắc, phản "
            "ánh đời sống và sự đổi thay của quê hương.",
        ),
        (
            "Các tiết mục gồm đơn ca, tốp ca, múa, đờn ca tài tử và kịch ngắn, nhiều tiết mục do "
            "chính người dân sáng tác về khu phố của mình.",
            "Đội văn nghệ {kp} gây ấn tượng với tiết mục múa nón, trong đó diễn viên lớn tuổi "
            "nhất đã {age_old} tuổi.",
            "Ban tổ chức trao {small3} giải nhất, {small} giải nhì và nhiều giải khuyến khích; "
            "các tiết mục xuất sắc sẽ tham gia hội diễn cấp thành phố.",
            "Theo lãnh đạo {W}, hội diễn là dịp phát hiện, bồi dưỡng hạt nhân văn nghệ ở cơ sở, "
            "góp phần xây dựng đời sống văn hóa lành mạnh.",
        ),
        ("hội diễn văn nghệ", "văn nghệ quần chúng", "tiết mục"),
    ),
    S(
        "mediation",
        SECTION_GOV,
        (
            "Tổ hòa giải {kp}, {W} giúp nhiều gia đình giữ được hòa khí",
            "{WU} tập huấn kỹ năng cho hòa giải viên ở cơ sở",
            "Hòa giải thành công {small} vụ tranh chấp đất đai tại {W}",
            "Ngày hội hòa giải viên giỏi {W} năm {year}",
            "Nâng cao hiệu quả công tác hòa giải ở cơ sở tại {W}",
        ),
        (
            "Từ đầu năm, {k_teams} tổ hòa giải ở cơ sở của {W} đã tiếp nhận {n_cases} vụ việc, "
            "hòa giải thành {pct}%, góp phần giữ gìn đoàn kết trong khu dân cư.",
            "{Day}, {UBND} tổ chức bồi dưỡng nghiệp vụ cho hòa giải viên ở cơ sở, tập trung vào "
            "kỹ năng lắng nghe và thuyết phục các bên.",
        ),
        (
            "Phần lớn vụ việc liên quan đến tranh chấp lối đi, ranh giới đất, mâu thuẫn hàng "
            "xóm và chuyện vợ chồng; nhiều vụ được hòa giải ngay từ khi mới phát sinh.",
            "Bà {mediator_f}, tổ trưởng tổ hòa giải {kp}, kể có vụ phải đến nhà các bên bảy, "
            "tám lần, vừa giải thích pháp luật vừa khơi gợi tình làng nghĩa xóm.",
            "Thành viên tổ hòa giải thường là người có uy tín như cựu chiến binh, trưởng khu phố, "
            "chi hội trưởng phụ nữ, nắm rõ hoàn cảnh từng gia đình.",
            "Theo công chức tư pháp {W}, nhờ làm tốt hòa giải ở cơ sở mà số đơn thư gửi lên cấp "
            "trên giảm rõ, tiết kiệm thời gian và chi phí cho người dân.",
            "Địa phương hỗ trợ thù lao cho hòa giải viên theo vụ việc và khen thưởng kịp thời "
            "các tổ hòa giải tiêu biểu trong năm.",
        ),
        ("hòa giải ở cơ sở", "hòa giải viên", "tổ hòa giải"),
    ),
    S(
        "security.fire",
        SECTION_NEWS,
        (
            "{WU} diễn tập phương án phòng cháy chữa cháy tại khu dân cư",
            "Ra mắt tổ liên gia an toàn phòng cháy chữa cháy ở {kp}, {W}",
            "Tuyên truyền kiến thức phòng cháy chữa cháy cho hộ kinh doanh {W}",
        ),
        (
            "{Day}, Công an {W} phối hợp lực lượng cảnh sát phòng cháy chữa cháy tổ chức diễn "
            "tập chữa cháy và cứu nạn tại {kp}, với tình huống giả định cháy nhà dân trong hẻm "
            "sâu.",
            "Nhằm nâng cao ý thức phòng cháy chữa cháy, {W} đã ra mắt {k2} tổ liên gia an toàn, "
            "mỗi tổ gồm năm đến mười hộ liền kề, có bình chữa cháy dùng chung.",
        ),
        (
            "Khi phát hiện đám cháy, tổ liên gia nhanh chóng hô hoán, ngắt điện, dùng bình chữa "
            "cháy dập lửa ban đầu và hướng dẫn người dân thoát nạn qua lối thoát hiểm phụ.",
            "{Police_hon} {police}, Trưởng Công an {W}, lưu ý người dân không để xe máy sạc điện "
            "qua đêm trong nhà, không câu móc điện tùy tiện và nên làm lối thoát nạn thứ hai.",
            "Nhiều nhà ống trong hẻm có khung sắt kín, chỉ có một lối ra; khi xảy ra cháy, người "
            "trong nhà rất khó thoát nếu không chuẩn bị phương án từ trước.",
            "Dịp này, Công an {W} tặng {n_ext} bình chữa cháy cho các hộ có hoàn cảnh khó khăn "
            "và kiểm tra an toàn điện tại {small} hộ kinh doanh.",
            "Người dân được khuyến cáo khi có cháy phải gọi ngay số 114, không quay lại nhà lấy "
            "tài sản và dùng khăn ướt che mũi khi di chuyển qua khói.",
        ),
        ("phòng cháy chữa cháy", "bình chữa cháy", "tổ liên gia"),
    ),
    S(
        "security.order",
        SECTION_NEWS,
        (
            "Ra mắt mô hình camera an ninh ở {kp}, {W}",
            "Tổ bảo vệ an ninh, trật tự ở cơ sở {W} chính thức ra mắt",
            "{WU} tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
        ),
        (
            "{Day}, Công an {W} ra mắt mô hình camera an ninh tại {kp}, góp phần giữ gìn an ninh "
            "trật tự và phòng ngừa trộm cắp trên địa bàn.",
            "Năm {year}, tình hình an ninh trật tự trên địa bàn {W} được giữ vững, số vụ phạm "
            "pháp hình sự giảm {pct_small}% so với năm trước.",
        ),
        (
            "Hệ thống gồm {n_cam} camera lắp tại các đầu hẻm, ngã ba, kinh phí do người dân tự "
            "nguyện đóng góp, hình ảnh được kết nối về trụ sở công an.",
            "{Police_hon} {police}, Trưởng Công an {W}, cho biết nhờ camera mà lực lượng công an "
            "đã nhanh chóng làm rõ nhiều vụ trộm xe máy, trộm tài sản trong nhà dân.",
            "Tổ bảo vệ an ninh, trật tự ở cơ sở gồm {k2} thành viên, là cánh tay nối dài của "
            "công an trong việc nắm tình hình, tuần tra và hòa giải mâu thuẫn nhỏ.",
            "Người dân được đề nghị khóa cửa cẩn thận, không để tài sản có giá trị trước nhà và "
            "báo ngay cho công an khi thấy người lạ có biểu hiện nghi vấn.",
            "Nhân dịp này, {UBND} khen thưởng {small} tập thể và {small2} cá nhân có thành tích "
            "trong phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        ),
        ("an ninh trật tự", "camera an ninh", "an ninh"),
    ),
    S(
        "welfare.tet",
        SECTION_NEWS,
        (
            "{WU} trao {n_gifts} phần quà Tết cho hộ nghèo, gia đình chính sách",
            "Xuân yêu thương: trao quà Tết cho người lao động khó khăn ở {W}",
            "Lãnh đạo {W} thăm, chúc Tết và tặng quà các hộ nghèo",
        ),
        (
            "{Day}, {UBND} tổ chức trao {n_gifts} phần quà Tết cho hộ nghèo, hộ cận nghèo, gia "
            "đình chính sách và người lao động có hoàn cảnh khó khăn.",
            "Để mọi nhà đều có Tết, {W} vận động các mạnh thường quân chuẩn bị quà Tết trao tận "
            "tay hộ nghèo và người già neo đơn.",
        ),
        (
            "Mỗi phần quà gồm {gift_value} đồng tiền mặt cùng gạo, dầu ăn, bánh mứt; riêng các "
            "hộ nghèo có người ốm đau được hỗ trợ thêm chi phí khám chữa bệnh.",
            "Đồng chí {sec}, Bí thư Đảng ủy {W}, đến thăm, chúc Tết cụ {elder} ở {kp}, người đã "
            "nhiều năm sống một mình trong căn nhà nhỏ.",
            "Tổng kinh phí chăm lo Tết năm nay khoảng {money} triệu đồng, từ ngân sách và sự đóng "
            "góp của doanh nghiệp, nhà hảo tâm.",
            "Ủy ban Mặt trận Tổ quốc {W} cho biết sẽ rà soát để không bỏ sót hộ khó khăn nào, kể "
            "cả người lao động tạm trú không về quê ăn Tết.",
            "Chị {resident_f}, công nhân thuê trọ ở {kp}, xúc động nhận quà và cho biết năm nay "
            "gia đình sẽ có cái Tết đủ đầy hơn.",
        ),
        ("quà tết", "hộ nghèo", "chúc tết"),
        months=(1, 2),
    ),
    S(
        "welfare.house",
        SECTION_NEWS,
        (
            "Bàn giao nhà Đại đoàn kết cho hộ nghèo ở {kp}, {W}",
            "Ủy ban MTTQ {W} khởi công xây dựng nhà Đại đoàn kết",
            "Niềm vui nhà mới của hộ nghèo {W} nhờ chương trình nhà Đại đoàn kết",
        ),
        (
            "{Day}, Ủy ban Mặt trận Tổ quốc {W} bàn giao căn nhà Đại đoàn kết cho gia đình "
            "{resident} ở {kp}, một trong những hộ nghèo của địa phương.",
            "Từ Quỹ Vì người nghèo, năm nay {W} xây mới và sửa chữa {small} căn nhà Đại đoàn kết "
            "cho các hộ có nhà ở xuống cấp.",
        ),
        (
            "Căn nhà rộng {area_small} mét vuông, tường gạch, mái tôn chống nóng, có khu vệ sinh "
            "khép kín, tổng kinh phí khoảng {money_house} triệu đồng.",
            "Ngoài hỗ trợ của quỹ, bà con lối xóm và đoàn viên thanh niên góp ngày công, giúp "
            "gia đình hoàn thành căn nhà trước mùa mưa.",
            "{Front_hon} {front}, Chủ tịch Ủy ban MTTQ {W}, cho biết các căn nhà đều được khảo "
            "sát kỹ, ưu tiên hộ có người già, người khuyết tật hoặc trẻ nhỏ.",
            "Nhận chìa khóa nhà mới, chủ nhà rưng rưng nói gia đình không còn lo cảnh dột nát "
            "mỗi mùa mưa bão.",
            "Thời gian tới, địa phương tiếp tục vận động nguồn lực để xóa nhà tạm, nhà dột nát "
            "cho các hộ khó khăn còn lại.",
        ),
        ("nhà đại đoàn kết", "xóa nhà tạm", "hộ nghèo"),
    ),
    S(
        "water.clean",
        SECTION_NEWS,
        (
            "Thêm {n_hh} hộ dân {W} được sử dụng nước sạch",
            "Kéo đường ống nước sạch về {kp}, {W}",
            "Người dân {W} vui mừng có nước sạch sau nhiều năm dùng nước giếng",
        ),
        (
            "{Day}, đơn vị cấp nước phối hợp {UBND} khánh thành tuyến ống dẫn nước sạch dài "
            "{meters} mét, đưa nước sạch đến {n_hh} hộ dân.",
            "Sau nhiều năm phải dùng nước giếng nhiễm phèn, người dân {kp}, {W} đã có nước sạch "
            "sinh hoạt nhờ tuyến ống mới.",
        ),
        (
            "Trước đây, bà con phải mua nước bình để nấu ăn, còn nước giếng khoan chỉ dùng tắm "
            "giặt vì có mùi tanh và để lâu ngả màu vàng.",
            "Chi phí lắp đặt đồng hồ nước được miễn cho các hộ nghèo, cận nghèo; các hộ còn lại "
            "được trả góp trong mười hai tháng.",
            "{Chair_hon} {chair}, Chủ tịch UBND {W}, cho biết đến nay tỷ lệ hộ dân dùng nước "
            "sạch trên địa bàn đạt {pct_high}%, phấn đấu đạt 100% vào cuối năm {next_year}.",
            "Đơn vị cấp nước khuyến cáo người dân không tự ý đấu nối, kịp thời báo khi phát hiện "
            "đường ống rò rỉ để tránh thất thoát.",
        ),
        ("nước sạch", "cấp nước", "nước giếng"),
    ),
    S(
        "water.irrigation",
        SECTION_NEWS,
        (
            "{WU} nạo vét kênh thủy lợi phục vụ sản xuất vụ Đông Xuân",
            "Kiên cố hóa {km_small} km kênh mương thủy lợi ở {W}",
            "Công trình thủy lợi mới giúp nông dân {W} chủ động nước tưới",
        ),
        (
            "{Day}, {UBND} ra quân nạo vét kênh thủy lợi {canal} dài {meters} mét, bảo đảm nước "
            "tưới cho hơn {ha} héc ta lúa và hoa màu.",
            "Hệ thống kênh mương thủy lợi ở {W} vừa được đầu tư kiên cố hóa, giúp nông dân chủ "
            "động nước tưới và tiêu úng trong mùa mưa.",
        ),
        (
            "Nhiều đoạn kênh bị bồi lắng, lục bình và rác thải bít dòng chảy khiến nước không về "
            "kịp ruộng vào cuối mùa khô.",
            "Ông {farmer}, nông dân {kp}, cho biết trước đây mỗi vụ phải bơm nước nhiều lần, tốn "
            "kém; nay kênh thông thoáng, chi phí sản xuất giảm đáng kể.",
            "Công trình do ngân sách đầu tư kết hợp người dân đóng góp ngày công, hiến đất; tổng "
            "kinh phí khoảng {money} triệu đồng.",
            "Địa phương giao tổ dùng nước ở từng ấp quản lý, vận hành cống và thu thủy lợi phí "
            "theo thỏa thuận của bà con.",
            "Ngoài nạo vét kênh, nông dân được hướng dẫn chuyển đổi cơ cấu cây trồng, áp dụng "
            "tưới tiết kiệm để thích ứng với biến đổi khí hậu.",
        ),
        ("thủy lợi", "kênh mương", "nước tưới"),
    ),
]
SUB_BY_KEY = {sub.key: sub for sub in SUBS}

GENERIC_PARAS = (
    "Theo kế hoạch, thời gian tới {UBND} sẽ tiếp tục kiểm tra, đôn đốc các khu phố thực hiện; "
    "kết quả được đưa vào tiêu chí bình xét thi đua cuối năm.",
    "Người dân cần biết thêm thông tin có thể liên hệ trụ sở {UBND} tại số {house} {street} "
    "hoặc qua trang thông tin điện tử của địa phương.",
    "Dịp này, {UBND} tặng giấy khen cho {small} tập thể và {small2} cá nhân có thành tích tiêu "
    "biểu.",
    "{Chair_hon} {chair}, Chủ tịch UBND {W}, cho biết địa phương sẽ tiếp tục lắng nghe ý kiến "
    "của người dân để điều chỉnh cách làm cho phù hợp với thực tế từng khu dân cư.",
)
# Only in the large corpus (see `make_corpus(rare_share=...)`): rare words for the speed bench.
RARE_PARA = (
    "Ở {kp}, nhiều người biết đến gia đình {resident} với nghề {craft} đã nối nghiệp ba đời; "
    "sản phẩm được bà con đặt mua làm quà mỗi dịp lễ, Tết."
)

ROLES = ("sec", "chair", "health", "youth", "vet", "police", "front", "women", "principal")
ROLE_GENDER = {"vet": "m", "police": "m", "women": "f"}
# Named on purpose: people the quality queries look for, and a near namesake.
ROSTER_OVERRIDES = {
    (0, "sec"): ("Nguyễn Thị Thủy", "f"),
    (6, "women"): ("Nguyễn Thị Thu Thủy", "f"),
    (3, "chair"): ("Lê Văn Hòa", "m"),
    (2, "health"): ("Trần Quốc Khoa", "m"),
}


def _name(rng, gender):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"


def _roster():
    rng = random.Random("bantin-roster")
    taken = {name for name, _ in ROSTER_OVERRIDES.values()}
    roster = {}
    for ward in range(len(WARDS)):
        for role in ROLES:
            if (ward, role) in ROSTER_OVERRIDES:
                roster[ward, role] = ROSTER_OVERRIDES[ward, role]
                continue
            gender = ROLE_GENDER.get(role) or rng.choice("mf")
            name = _name(rng, gender)
            while name in taken or name.split()[-1] in ("Thủy", "Hòa", "Khoa"):
                name = _name(rng, gender)
            taken.add(name)
            roster[ward, role] = (name, gender)
    return roster


ROSTER = _roster()
ROSTER_NAMES = frozenset(name for name, _ in ROSTER.values())


def _resident(rng, gender):
    """A person who is not one of the officials, so that names stay unambiguous."""
    name = _name(rng, gender)
    while name in ROSTER_NAMES or "Thủy" in name:
        name = _name(rng, gender)
    return name


class _Context(dict):
    """Template values, computed on first use and then fixed for the whole article."""

    def __init__(self, rng, ward_index, when):
        super().__init__()
        self.rng = rng
        self.ward_index = ward_index
        self.when = when

    def __missing__(self, key):
        value = self._compute(key)
        self[key] = value
        return value

    def _official(self, role):
        return ROSTER[self.ward_index, role]

    def _compute(self, key):
        rng, when = self.rng, self.when
        unit, name = WARDS[self.ward_index]
        honorific = {"m": "ông", "f": "bà"}
        young = {"m": "anh", "f": "chị"}
        if key in NUMBER_RANGES:
            low, high = NUMBER_RANGES[key]
            return str(rng.randint(low, high))
        simple = {
            "W": f"{unit} {name}",
            "WU": f"{unit.capitalize()} {name}",
            "wn": name,
            "unit": unit,
            "UBND": f"UBND {unit} {name}",
            "d": str(when.day),
            "m": str(when.month),
            "year": str(when.year),
            "next_year": str(when.year + 1),
            "prev_year": str(when.year - 1),
            "budget_year": str(when.year + 1 if when.month >= 11 else when.year),
            "sy": (
                f"{when.year} - {when.year + 1}"
                if when.month >= 8
                else f"{when.year - 1} - {when.year}"
            ),
            "sy_next": f"{when.year} - {when.year + 1}",
            "n_anniv": str(when.year - 1931),
            "n_army": str(when.year - 1944),
            "deadline_month": str(min(12, when.month + rng.randint(1, 3))),
            "school": SCHOOLS[self.ward_index % len(SCHOOLS)],
            "school2": SCHOOLS[(self.ward_index + 3) % len(SCHOOLS)],
        }
        if key in simple:
            return simple[key]
        if key in ("sec", "chair", "health", "youth", "vet", "police", "front", "women"):
            return self._official(key)[0]
        if key == "principal":
            return self._official("principal")[0]
        if key == "principal_hon":
            return {"m": "thầy", "f": "cô"}[self._official("principal")[1]]
        if key in ("Chair_hon", "chair_hon"):
            word = honorific[self._official("chair")[1]]
            return word.capitalize() if key[0].isupper() else word
        if key in ("Youth_hon", "youth_hon"):
            word = young[self._official("youth")[1]]
            return word.capitalize() if key[0].isupper() else word
        if key == "Police_hon":
            return "Ông"
        if key == "Front_hon":
            return honorific[self._official("front")[1]].capitalize()
        if key == "Day":
            part = "Sáng" if when.hour < 12 else "Chiều"
            return f"{part} {when.day}/{when.month}"
        if key == "kp":
            return f"{'khu phố' if unit == 'phường' else 'ấp'} {self['kpn']}"
        if key == "kpU":
            return self["kp"].capitalize()
        if key == "street":
            return f"đường {rng.choice(STREETS)}"
        if key == "project":
            kind = rng.randrange(3)
            if kind == 0:
                return f"mở rộng đường {rng.choice(STREETS)}"
            if kind == 1:
                return f"xây dựng cầu {rng.choice(BRIDGES)}"
            return f"cải tạo kênh {rng.choice(CANALS)}"
        if key == "canal":
            return rng.choice(CANALS)
        if key == "market":
            return rng.choice(MARKETS)
        if key == "issue":
            return rng.choice(ISSUES)
        if key == "issue2":
            return rng.choice(ISSUES_BROAD)
        if key == "occasion":
            return rng.choice(OCCASIONS)
        if key == "model":
            return rng.choice(MODELS)
        if key == "front_place":
            return rng.choice(FRONT_PLACES)
        if key == "craft":
            return rng.choice(CRAFTS)
        if key == "half_days":
            return rng.choice(["một ngày", "hai ngày", "một ngày rưỡi"])
        if key == "vday":
            return rng.choice(["ngày 5", "ngày 15", "ngày 25"])
        if key in ("gift_value", "sch_value"):
            return rng.choice(MONEY_VALUES)
        if key in ("period_past", "period_next", "period_short", "Period_short"):
            return self._period(key)
        if key == "nth":
            return str(rng.choice(ORDINALS))
        if key == "voter":
            gender = rng.choice("mf")
            return f"{honorific[gender]} {_resident(rng, gender)}"
        if key == "resident":
            gender = rng.choice("mf")
            return f"{honorific[gender]} {_resident(rng, gender)}"
        if key in ("mp", "citizen", "donor", "resident_m", "elder_m", "veteran", "farmer"):
            return _resident(rng, "m")
        if key in ("mother", "seller", "resident_f", "mediator_f", "elder_f"):
            return _resident(rng, "f")
        if key in ("elder", "pupil"):
            return _resident(rng, rng.choice("mf"))
        raise KeyError(key)

    def _period(self, key):
        when = self.when
        quarter = (when.month - 1) // 3 + 1
        roman = ["I", "II", "III", "IV"]
        if key == "period_past":
            if quarter == 1:
                return f"năm {when.year - 1}"
            return f"quý {roman[quarter - 2]} năm {when.year}"
        if key == "period_next":
            if quarter == 4:
                return f"năm {when.year + 1}"
            return f"quý {roman[quarter]} năm {when.year}"
        if when.month >= 7:
            text = "sáu tháng đầu năm"
        elif when.month >= 4:
            text = "quý I"
        else:
            text = f"năm {when.year - 1}"
        return text.capitalize() if key == "Period_short" and text[0].islower() else text


def _when(rng, sub, start, end):
    span = (end - start).days
    for _ in range(200):
        day = start + datetime.timedelta(days=rng.randrange(span))
        if sub.months and day.month not in sub.months:
            continue
        if sub.day:
            day = day.replace(day=sub.day)
        if sub.sunday:
            day += datetime.timedelta(days=(6 - day.weekday()) % 7)
        if sub.key == "veterans.anniv":
            day = day.replace(day=rng.randint(15, 23))
        if start <= day < end:
            break
    hour = rng.choice([7, 8, 9, 10, 14, 15, 16])
    return datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=LOCAL)


@functools.lru_cache(maxsize=20000)
def _retone_word(word):
    return normalize(word)


def _retone(text):
    """`normalize` word by word, cached: the newer tone placement ("hoà", "thuỷ")."""
    return _LETTERS.sub(lambda match: _retone_word(match.group()), text)


def _capitalize(text):
    return text[:1].upper() + text[1:]


def make_article(
    index,
    seed=2026,
    prefix="a",
    sub=None,
    ward=None,
    start=datetime.date(2024, 1, 1),
    end=datetime.date(2026, 1, 1),
    rare_share=0.0,
):
    """Article `index`: subtopic `sub` (default: round robin), ward index `ward` (random)."""
    rng = random.Random(f"{seed}:{prefix}:{index}")
    sub = SUB_BY_KEY[sub] if isinstance(sub, str) else (sub or SUBS[index % len(SUBS)])
    ward_index = rng.randrange(len(WARDS)) if ward is None else ward
    when = _when(rng, sub, start, end)
    ctx = _Context(rng, ward_index, when)
    title = _capitalize(rng.choice(sub.titles).format_map(ctx))
    lead = _capitalize(rng.choice(sub.leads).format_map(ctx))
    count = rng.randint(3, min(6, len(sub.paras) + 1))
    picked = sorted(rng.sample(range(len(sub.paras)), min(count, len(sub.paras))))
    body = [_capitalize(sub.paras[i].format_map(ctx)) for i in picked]
    if len(body) < count or (len(body) < 6 and rng.random() < 0.3):
        body.append(rng.choice(GENERIC_PARAS).format_map(ctx))
    if rare_share and rng.random() < rare_share:
        body.insert(rng.randrange(len(body) + 1), _capitalize(RARE_PARA.format_map(ctx)))
    text = "\n".join([title, lead, *body])
    people = frozenset(name for name in ROSTER_NAMES if name in text)
    new_placement = rng.random() < NEW_PLACEMENT_SHARE
    if new_placement:
        title, lead, body = _retone(title), _retone(lead), [_retone(p) for p in body]
    return Article(
        key=f"{prefix}{index:05d}",
        sub=sub.key,
        ward=WARDS[ward_index][1],
        people=people,
        section=sub.section,
        published_at=when,
        title=title,
        lead=lead,
        body=tuple(body),
        byline=rng.choice(REPORTERS),
        new_placement=new_placement,
        extra={"craft": ctx.get("craft")},
    )


def make_corpus(count, seed=2026, prefix="a", **kwargs):
    return [make_article(i, seed=seed, prefix=prefix, **kwargs) for i in range(count)]


if __name__ == "__main__":
    import sys

    for article in make_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(f"[{article.key}] {article.sub} · {article.ward} · {article.published_at:%d/%m/%Y}")
        print(f"  {article.title}\n  {article.lead}")
        for paragraph in article.body:
            print(f"    {paragraph}")
        print(f"  — {article.byline}; people: {', '.join(sorted(article.people)) or '-'}\n")
