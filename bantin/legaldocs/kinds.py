"""Types and statuses of documents, as the library files and filters them."""

DOCUMENT_TYPES = [
    ("quyet-dinh", "Quyết định"),
    ("chi-thi", "Chỉ thị"),
    ("nghi-quyet", "Nghị quyết"),
    ("ket-luan", "Kết luận"),
    ("ke-hoach", "Kế hoạch"),
    ("chuong-trinh", "Chương trình"),
    ("de-an", "Đề án"),
    ("thong-bao", "Thông báo"),
    ("cong-van", "Công văn"),
    ("cong-dien", "Công điện"),
    ("bao-cao", "Báo cáo"),
    ("to-trinh", "Tờ trình"),
    ("huong-dan", "Hướng dẫn"),
    ("quy-dinh", "Quy định"),
    ("quy-che", "Quy chế"),
    ("luat", "Luật"),
    ("nghi-dinh", "Nghị định"),
    ("thong-tu", "Thông tư"),
    ("khac", "Văn bản khác"),
]
TYPE_LABELS = dict(DOCUMENT_TYPES)

IN_FORCE = "con-hieu-luc"
EXPIRED = "het-hieu-luc"
REPLACED = "bi-thay-the"
STATUSES = [
    (IN_FORCE, "Còn hiệu lực"),
    (EXPIRED, "Hết hiệu lực"),
    (REPLACED, "Bị thay thế"),
]
