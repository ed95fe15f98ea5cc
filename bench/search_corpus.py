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
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from bantin.vietnamese import TIMEZONE, normalize

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


# The subtopics' templates are data: data/search_corpus_subtopics.json, one object per Sub.
SUBTOPICS_FILE = Path(__file__).parent / "data" / "search_corpus_subtopics.json"


def _load_subtopics():
    rows = json.loads(SUBTOPICS_FILE.read_text(encoding="utf-8"))
    return [
        Sub(
            **{
                key: tuple(value) if isinstance(value, list) else value
                for key, value in row.items()
            }
        )
        for row in rows
    ]


SUBS = _load_subtopics()
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
    return datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=TIMEZONE)


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
