"""The introduction and English pages a site starts with: `bantin site add` makes them with
words that hold for any ward or commune (the editor then writes the body's own), `bantin
init` with the sample ward's units and leaders."""

from bantin.introduction.models import (
    EnglishContact,
    EnglishPage,
    IntroductionPage,
    Leader,
    OrganisationUnit,
)

FUNCTIONS = (
    "<p>Ủy ban nhân dân là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước "
    "Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.</p>"
    "<ul><li>Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân trên "
    "địa bàn.</li><li>Quản lý nhà nước về kinh tế, văn hóa, xã hội, đất đai, môi trường, trật "
    "tự an toàn xã hội.</li><li>Giải quyết thủ tục hành chính, tiếp công dân, tiếp nhận và trả "
    "lời phản ánh, kiến nghị của người dân và tổ chức.</li></ul>"
)
HISTORY = (
    "<p>Phường Hoa Sen được thành lập năm 2025 trên cơ sở sắp xếp ba phường cũ khi tổ chức "
    "chính quyền địa phương hai cấp. Trụ sở đặt tại số 1 đường Trung Tâm.</p>"
)
# name, parent's name, head, phone
SAMPLE_UNITS = [
    ("Ủy ban nhân dân phường", "", "Chủ tịch UBND phường", "0200 3800 001"),
    ("Văn phòng HĐND và UBND", "Ủy ban nhân dân phường", "Chánh Văn phòng", "0200 3800 002"),
    ("Phòng Kinh tế - Hạ tầng - Đô thị", "Ủy ban nhân dân phường", "Trưởng phòng", ""),
    ("Phòng Văn hóa - Xã hội", "Ủy ban nhân dân phường", "Trưởng phòng", ""),
    ("Trung tâm Phục vụ hành chính công", "Ủy ban nhân dân phường", "Giám đốc", "0200 3800 009"),
    ("Bộ phận tiếp nhận hồ sơ", "Trung tâm Phục vụ hành chính công", "", ""),
]
# name, position, duties, phone, email
SAMPLE_LEADERS = [
    (
        "Nguyễn Văn An",
        "Chủ tịch UBND phường",
        "Lãnh đạo, điều hành chung; phụ trách nội chính, tài chính, tổ chức bộ máy.",
        "0200 3800 001",
        "chutich@phuonghoasen.example",
    ),
    (
        "Trần Thị Bình",
        "Phó Chủ tịch UBND phường",
        "Phụ trách kinh tế, hạ tầng, đô thị, tài nguyên và môi trường.",
        "0200 3800 003",
        "phochutich@phuonghoasen.example",
    ),
]


def ensure_introduction(site, title="Giới thiệu", units=(), leaders=()):
    page = IntroductionPage.objects.child_of(site.root_page).first()
    if page is None:
        page = IntroductionPage(
            title=title,
            slug="gioi-thieu",
            show_in_menus=True,
            functions=FUNCTIONS,
            history="",
        )
        page.units = [
            OrganisationUnit(name=name, parent_name=parent, head=head, phone=phone)
            for name, parent, head, phone in units
        ]
        page.leaders = [
            Leader(name=name, position=position, duties=duties, phone=phone, email=email)
            for name, position, duties, phone, email in leaders
        ]
        site.root_page.add_child(instance=page)
        page.save_revision().publish()
    return page


def ensure_english(site, title="English", official_name="", address=""):
    page = EnglishPage.objects.child_of(site.root_page).first()
    if page is None:
        page = EnglishPage(
            title=title,
            slug="english",
            official_name=official_name or f"{site.site_name} (official portal)",
            about=(
                "<p>This is the official portal of the local People's Committee: its "
                "organisation, legal documents, work calendar and answers to citizens.</p>"
            ),
            address=address or "See the Vietnamese contact details at the foot of each page.",
        )
        site.root_page.add_child(instance=page)
        page.save_revision().publish()
    return page


def create_sample(site):
    page = ensure_introduction(site, units=SAMPLE_UNITS, leaders=SAMPLE_LEADERS)
    if not page.history:
        page.history = HISTORY
        page.save_revision().publish()
    english = ensure_english(
        site,
        official_name="People's Committee of Hoa Sen Ward, Binh An Province",
        address="No. 1 Trung Tam Street, Hoa Sen Ward, Binh An Province, Viet Nam",
    )
    english.phone, english.email = "+84 200 3800 000", "vanphong@phuonghoasen.example"
    english.office_hours = "Monday to Friday, 7:30-11:30 and 13:30-17:00"
    english.contacts = [
        EnglishContact(
            role="Chairman of the People's Committee",
            name="Nguyễn Văn An",
            phone="+84 200 3800 001",
        ),
        EnglishContact(
            role="Office of the People's Council and People's Committee",
            phone="+84 200 3800 002",
            email="vanphong@phuonghoasen.example",
        ),
        EnglishContact(role="Public Administrative Service Centre", phone="+84 200 3800 009"),
    ]
    english.save_revision().publish()
    return page
