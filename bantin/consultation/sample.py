"""Sample drafts for `bantin init`: one open for comments, one closed with its report."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from bantin.attachments.samplefiles import docx_bytes
from bantin.consultation.models import (
    ConsultationIndexPage,
    DraftAttachment,
    DraftComment,
    DraftPage,
)


def ensure_index(site, title="Lấy ý kiến dự thảo"):
    index = ConsultationIndexPage.objects.child_of(site.root_page).first()
    if index is None:
        index = ConsultationIndexPage(
            title=title,
            slug="lay-y-kien-du-thao",
            show_in_menus=True,
            intro="Dự thảo văn bản được công bố để người dân, tổ chức góp ý trước khi ban hành.",
        )
        site.root_page.add_child(instance=index)
        index.save_revision().publish()
    return index


def draft_with_file(index, title, deadline, paragraphs, **fields):
    draft = DraftPage(title=title, deadline=deadline, **fields)
    attachment = DraftAttachment(title="Toàn văn dự thảo")
    content = docx_bytes([title, *paragraphs])
    attachment.file.save("du-thao.docx", ContentFile(content), save=False)
    attachment.name, attachment.size = "du-thao.docx", len(content)
    draft.attachments = [attachment]
    index.add_child(instance=draft)
    draft.save_revision().publish()
    return draft


def create_sample(site):
    index = ensure_index(site)
    now = timezone.localtime().replace(hour=17, minute=0, second=0, microsecond=0)
    open_draft = draft_with_file(
        index,
        "Dự thảo Kế hoạch phát triển cây xanh, không gian công cộng phường Hoa Sen "
        "giai đoạn 2026 - 2030",
        now + datetime.timedelta(days=30),
        [
            "Điều 1. Mục tiêu trồng mới cây xanh trên các tuyến phố.",
            "Điều 2. Nguồn lực và phân công thực hiện.",
        ],
        drafting_body="UBND phường Hoa Sen",
        summary="Dự thảo đặt mục tiêu trồng mới cây xanh trên các tuyến phố, cải tạo vườn hoa "
        "trong khu dân cư và huy động người dân cùng chăm sóc. Phường mong nhận ý kiến về "
        "danh mục tuyến phố và cách huy động nguồn lực.",
        other_ways="Gửi văn bản về Văn phòng HĐND và UBND phường, số 1 đường Trung Tâm, "
        "hoặc thư điện tử vanphong@phuonghoasen.example.",
    )
    closed_draft = draft_with_file(
        index,
        "Dự thảo Quy chế quản lý, sử dụng nhà văn hóa tổ dân phố",
        now - datetime.timedelta(days=45),
        ["Chương I. Quy định chung.", "Chương II. Quản lý, sử dụng nhà văn hóa."],
        drafting_body="Phòng Văn hóa - Xã hội phường Hoa Sen",
        summary="Quy định việc giao quản lý, thời gian mở cửa và mức đóng góp chi phí điện "
        "nước khi tổ chức sinh hoạt cộng đồng tại nhà văn hóa tổ dân phố.",
        report="<p>Sau 30 ngày lấy ý kiến, cơ quan soạn thảo nhận được 3 ý kiến; 2 ý kiến đề "
        "nghị kéo dài giờ mở cửa buổi tối, 1 ý kiến đề nghị miễn chi phí cho hoạt động của "
        "người cao tuổi.</p><p>Cơ quan soạn thảo đã tiếp thu, sửa Điều 6 và Điều 9 của dự "
        "thảo.</p>",
    )
    comments = [
        (
            open_draft,
            "Trần Thị Mai",
            "Tổ dân phố số 4",
            DraftComment.PUBLISHED,
            "Đề nghị bổ sung tuyến đường Hoa Mai vào danh mục trồng mới, vì vỉa hè rộng mà chưa "
            "có bóng mát.",
        ),
        (
            open_draft,
            "Lê Văn Hùng",
            "",
            DraftComment.PENDING,
            "Nên giao cho các tổ dân phố nhận chăm sóc từng đoạn đường.",
        ),
        (
            closed_draft,
            "Phạm Minh Tuấn",
            "Hội Người cao tuổi phường",
            DraftComment.PUBLISHED,
            "Đề nghị miễn chi phí điện nước cho các buổi sinh hoạt của người cao tuổi.",
        ),
    ]
    for draft, name, organisation, status, body in comments:
        DraftComment.objects.create(
            page=draft, name=name, organisation=organisation, status=status, body=body
        )
    return index
