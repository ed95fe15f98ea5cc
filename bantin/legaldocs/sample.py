"""The sample library `bantin init` gives a new portal: documents of a made-up ward and
province, written for the project."""

import datetime

from django.core.files.base import ContentFile

from bantin.attachments.samplefiles import sample_file
from bantin.legaldocs.kinds import EXPIRED
from bantin.legaldocs.models import DocumentAttachment, DocumentLibraryPage, LegalDocumentPage
from bantin.vietnamese import slugify

PROVINCE = "UBND tỉnh Bình An"
WARD = "UBND phường Hoa Sen"
SAMPLE_DOCUMENTS = [
    # type, number, title, issuer, signer, issued, effective, field, summary, file
    (
        "quyet-dinh",
        "1374-QĐ/TU",
        "Quyết định ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh",
        "Tỉnh ủy Bình An",
        "Bí thư Tỉnh ủy",
        datetime.date(2026, 1, 12),
        datetime.date(2026, 1, 12),
        "Xây dựng Đảng",
        "Quy chế quy định nguyên tắc, chế độ làm việc, trách nhiệm và quan hệ công tác của "
        "Ban Chấp hành, Ban Thường vụ và Thường trực Tỉnh ủy.",
        "pdf",
    ),
    (
        "chi-thi",
        "19-CT/TU",
        "Chỉ thị về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "Tỉnh ủy Bình An",
        "Bí thư Tỉnh ủy",
        datetime.date(2026, 3, 3),
        None,
        "Tiếp công dân",
        "Yêu cầu người đứng đầu cấp ủy, chính quyền các cấp trực tiếp tiếp công dân định kỳ "
        "và công khai kết quả giải quyết.",
        "pdf",
    ),
    (
        "quyet-dinh",
        "15/2025/QĐ-UBND",
        "Quyết định ban hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh",
        PROVINCE,
        "Chủ tịch UBND tỉnh",
        datetime.date(2025, 5, 20),
        datetime.date(2025, 6, 1),
        "Xây dựng",
        "Quy định phân công quản lý trật tự xây dựng giữa các sở, ngành và UBND cấp xã.",
        "pdf",
    ),
    (
        "quyet-dinh",
        "08/2026/QĐ-UBND",
        "Quyết định ban hành Quy định quản lý trật tự xây dựng trên địa bàn tỉnh "
        "(thay thế Quyết định số 15/2025/QĐ-UBND)",
        PROVINCE,
        "Chủ tịch UBND tỉnh",
        datetime.date(2026, 4, 15),
        datetime.date(2026, 5, 1),
        "Xây dựng",
        "Cập nhật phân cấp quản lý trật tự xây dựng cho chính quyền địa phương hai cấp.",
        "docx",
    ),
    (
        "ke-hoach",
        "45/KH-UBND",
        "Kế hoạch chuyển đổi số phường Hoa Sen năm 2026",
        WARD,
        "Chủ tịch UBND phường",
        datetime.date(2026, 2, 10),
        None,
        "Chuyển đổi số",
        "Mục tiêu, nhiệm vụ và phân công thực hiện chuyển đổi số trong năm 2026, kèm bảng "
        "chỉ tiêu theo từng tổ dân phố.",
        "xlsx",
    ),
    (
        "bao-cao",
        "210/BC-UBND",
        "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2026",
        WARD,
        "Chủ tịch UBND phường",
        datetime.date(2026, 6, 25),
        None,
        "Kinh tế - xã hội",
        "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu "
        "năm và nhiệm vụ trọng tâm 6 tháng cuối năm.",
        "docx",
    ),
    (
        "thong-bao",
        "112/TB-UBND",
        "Thông báo lịch tiếp công dân của Chủ tịch UBND phường tháng 12 năm 2026",
        WARD,
        "Chánh Văn phòng",
        datetime.date(2026, 11, 20),
        None,
        "Tiếp công dân",
        "Chủ tịch UBND phường tiếp công dân vào sáng thứ Năm hằng tuần tại Trụ sở UBND phường.",
        "pdf",
    ),
    (
        "huong-dan",
        "05-HD/ĐU",
        "Hướng dẫn tổ chức sinh hoạt chi bộ theo chuyên đề năm 2026",
        "Đảng ủy phường Hoa Sen",
        "Phó Bí thư Thường trực Đảng ủy",
        datetime.date(2026, 1, 20),
        None,
        "Xây dựng Đảng",
        "Nội dung, cách thức chuẩn bị và tổ chức sinh hoạt chuyên đề ở các chi bộ.",
        "pdf",
    ),
    (
        "cong-van",
        "356/UBND-VP",
        "Về việc đôn đốc thu gom, phân loại rác thải sinh hoạt tại nguồn",
        WARD,
        "Phó Chủ tịch UBND phường",
        datetime.date(2026, 9, 8),
        None,
        "Môi trường",
        "Đề nghị các tổ dân phố tuyên truyền, hướng dẫn hộ gia đình phân loại rác tại nguồn.",
        "pdf",
    ),
    (
        "quy-che",
        "27/QĐ-UBND",
        "Quyết định ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
        WARD,
        "Chủ tịch UBND phường",
        datetime.date(2024, 3, 5),
        datetime.date(2024, 3, 5),
        "Tiếp công dân",
        "Quy chế đã hết hiệu lực khi phường sắp xếp lại tổ chức bộ máy năm 2025.",
        "pdf",
    ),
]


def ensure_library(site, title="Văn bản"):
    """The site's library page, created (live, in the menu) when it has none."""
    library = DocumentLibraryPage.objects.child_of(site.root_page).first()
    if library is None:
        library = DocumentLibraryPage(
            title=title,
            slug="van-ban",
            show_in_menus=True,
            intro="Văn bản chỉ đạo, điều hành của cấp ủy, chính quyền; tìm theo số, ký hiệu "
            "hoặc từ khóa, có dấu hoặc không dấu.",
        )
        site.root_page.add_child(instance=library)
        library.save_revision().publish()
    return library


def create_sample(site):
    library = ensure_library(site)
    created = {}
    for row in SAMPLE_DOCUMENTS:
        doc_type, number, title, issuer, signer, issued, effective, sector, summary, kind = row
        document = LegalDocumentPage(
            title=title,
            slug=slugify(number),
            doc_type=doc_type,
            number=number,
            issuer=issuer,
            signer=signer,
            issued_on=issued,
            effective_on=effective,
            sector=sector,
            summary=summary,
            status=EXPIRED if number == "27/QĐ-UBND" else "con-hieu-luc",
        )
        attachment = DocumentAttachment()
        content = sample_file(kind, f"{number} - {slugify(title)}")
        attachment.file.save(f"{slugify(number)}.{kind}", ContentFile(content), save=False)
        attachment.name = f"{slugify(number)}.{kind}"
        attachment.size = len(content)
        document.attachments = [attachment]
        library.add_child(instance=document)
        document.save_revision().publish()
        created[number] = document
    replaced = created["15/2025/QĐ-UBND"]
    replaced.replaced_by = created["08/2026/QĐ-UBND"]
    replaced.status = "bi-thay-the"
    replaced.save_revision().publish()
    return library
