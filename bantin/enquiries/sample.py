"""The Q&A page `bantin init` gives a new portal, with enquiries of a made-up ward written for
the project: three answers made public, one waiting, one overdue, one refused as spam."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone

from bantin.attachments.samplefiles import pdf_bytes
from bantin.enquiries.models import Enquiry, EnquiryFile, EnquiryIndexPage, EnquirySettings
from bantin.officedays.calendar import add_working_days

TITLE = "Hỏi đáp / Phản ánh kiến nghị"
ADMIN_ROLE = "Quản trị trang"

INTRO = (
    "Người dân, doanh nghiệp gửi câu hỏi hoặc phản ánh, kiến nghị về những việc thuộc thẩm "
    "quyền của phường. Mỗi câu hỏi, phản ánh được trả lời trong thời hạn ghi trên trang tra "
    "cứu; những câu trả lời có ích cho nhiều người được công khai dưới đây."
)
PLACES = "\n".join(f"Tổ dân phố số {number}" for number in range(1, 9))
OTHER_WAYS = (
    "Gửi thư hoặc đến Bộ phận tiếp công dân, UBND phường Hoa Sen, số 1 đường Trung Tâm (sáng "
    "thứ Hai đến thứ Sáu); đường dây nóng 0200 3800 000."
)

PUBLISHED = [
    {
        "kind": Enquiry.QUESTION,
        "title": "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
        "body": "Vợ chồng tôi chưa đăng ký kết hôn, nay sinh cháu đầu. Xin hỏi làm giấy khai "
        "sinh ở đâu, cần giấy tờ gì, và tên người cha có được ghi vào giấy khai sinh không?",
        "place_area": "Tổ dân phố số 2",
        "unit": "Bộ phận Một cửa phường",
        "answer": "<p>Cha hoặc mẹ nộp tờ khai đăng ký khai sinh và giấy chứng sinh tại Bộ phận "
        "Một cửa của UBND phường nơi cha hoặc mẹ cư trú.</p><p>Để tên người cha được ghi vào "
        "giấy khai sinh, hai người cùng làm thủ tục đăng ký khai sinh kết hợp nhận cha, con, "
        "kèm giấy tờ chứng minh quan hệ cha con nếu có. Hồ sơ đầy đủ được giải quyết trong "
        "ngày.</p>",
        "days_ago": 40,
    },
    {
        "kind": Enquiry.REPORT,
        "title": "Đèn chiếu sáng ngõ 12 phố Hoa Mai hỏng nhiều ngày",
        "body": "Ba cột đèn trong ngõ 12 phố Hoa Mai không sáng đã hơn một tuần, buổi tối ngõ "
        "rất tối, người già và trẻ em đi lại khó khăn. Đề nghị phường cho sửa sớm.",
        "place_area": "Tổ dân phố số 4",
        "unit": "Phòng Kinh tế, Hạ tầng và Đô thị",
        "answer": "<p>Phòng Kinh tế, Hạ tầng và Đô thị đã kiểm tra và thay ba bóng đèn hỏng "
        "trong ngõ 12 phố Hoa Mai.</p><p>Khi thấy đèn đường hỏng, người dân có thể tiếp tục "
        "phản ánh qua trang này hoặc đường dây nóng của phường.</p>",
        "days_ago": 25,
    },
    {
        "kind": Enquiry.REPORT,
        "title": "Đề nghị đặt thêm thùng rác ở khu vui chơi tổ dân phố số 3",
        "body": "Khu vui chơi cạnh nhà văn hóa tổ dân phố số 3 chỉ có một thùng rác, cuối tuần "
        "rác để tràn ra lối đi. Đề nghị đặt thêm thùng rác và thu gom thường xuyên hơn.",
        "place_area": "Tổ dân phố số 3",
        "unit": "Phòng Kinh tế, Hạ tầng và Đô thị",
        "answer": "<p>Phường đã đặt thêm hai thùng rác tại khu vui chơi và đề nghị đơn vị vệ "
        "sinh môi trường thu gom hằng ngày lúc 18 giờ. Kế hoạch thu gom gửi kèm dưới đây.</p>",
        "days_ago": 12,
        "file": "ke-hoach-thu-gom-rac.pdf",
    },
]

OPEN = [
    {
        "kind": Enquiry.QUESTION,
        "title": "Bộ phận Một cửa có nhận hồ sơ vào sáng thứ Bảy không?",
        "body": "Tôi đi làm cả tuần, chỉ rảnh sáng thứ Bảy. Xin hỏi Bộ phận Một cửa của phường "
        "có làm việc sáng thứ Bảy để nhận hồ sơ chứng thực không?",
        "days_ago": 1,
    },
    {
        "kind": Enquiry.REPORT,
        "title": "Hàng quán lấn chiếm vỉa hè trước chợ Hoa Sen",
        "body": "Buổi sáng các hàng quán bày bàn ghế kín vỉa hè trước chợ Hoa Sen, người đi bộ "
        "phải xuống lòng đường rất nguy hiểm. Đề nghị phường kiểm tra, xử lý.",
        "place_area": "Tổ dân phố số 1",
        "place_address": "Đoạn đường Trung Tâm trước cổng chợ Hoa Sen",
        "unit": "Công an phường",
        "days_ago": 15,
    },
]

SPAM = {
    "kind": Enquiry.QUESTION,
    "title": "Vay tiền nhanh không cần thế chấp",
    "body": "Hỗ trợ vay tiền nhanh trong ngày, không cần thế chấp, lãi suất thấp, liên hệ ngay.",
    "days_ago": 3,
}


def ensure_index(site, title=TITLE, places=PLACES, other_ways=OTHER_WAYS):
    """The site's Q&A page in its menu, and the right to see who sent an enquiry for the
    site's admins (the group `bantin site add` made)."""
    index = EnquiryIndexPage.objects.child_of(site.root_page).first()
    if index is None:
        index = EnquiryIndexPage(
            title=title,
            slug="hoi-dap",
            show_in_menus=True,
            intro=INTRO,
            places=places,
            other_ways=other_ways,
        )
        site.root_page.add_child(instance=index)
        index.save_revision().publish()
    admins = Group.objects.filter(name=f"{site.site_name} - {ADMIN_ROLE}").first()
    if admins is not None:
        admins.permissions.add(
            Permission.objects.get(content_type__app_label="enquiries", codename="view_submitter")
        )
    return index


def received_days_ago(days):
    """A moment `days` working days ago, at 9:30 in the morning."""
    day = add_working_days(timezone.localdate(), -days)
    moment = datetime.datetime.combine(day, datetime.time(9, 30))
    return timezone.make_aware(moment)


def create_sample(site):
    index = ensure_index(site)
    answer_days = EnquirySettings.for_site(site).answer_days
    contact = {"name": "Người dân mẫu", "phone": "0912 000 000", "email": "nguoidan@example.vn"}
    for number, item in enumerate(PUBLISHED, start=1):
        received = received_days_ago(item["days_ago"])
        enquiry = Enquiry.receive(
            index,
            answer_days,
            received_at=received,
            kind=item["kind"],
            title=item["title"],
            body=item["body"],
            place_area=item["place_area"],
            **{**contact, "name": f"Người dân mẫu {number}"},
        )
        answered = received + datetime.timedelta(days=5)
        enquiry.assigned_unit = item["unit"]
        enquiry.assigned_at = received + datetime.timedelta(days=1)
        enquiry.answer = item["answer"]
        enquiry.answered_at = enquiry.published_at = answered
        enquiry.settle_status(None, answered)
        enquiry.save()
        if item.get("file"):
            content = pdf_bytes("Ke hoach thu gom rac khu vui choi to dan pho so 3")
            file = EnquiryFile(
                enquiry=enquiry,
                name=item["file"],
                size=len(content),
                from_staff=True,
                public=True,
            )
            file.file.save(item["file"], ContentFile(content), save=False)
            file.save()
    for item in OPEN:
        enquiry = Enquiry.receive(
            index,
            answer_days,
            received_at=received_days_ago(item["days_ago"]),
            kind=item["kind"],
            title=item["title"],
            body=item["body"],
            place_area=item.get("place_area", ""),
            place_address=item.get("place_address", ""),
            **contact,
        )
        if item.get("unit"):
            enquiry.assigned_unit = item["unit"]
            enquiry.assigned_at = enquiry.received_at + datetime.timedelta(days=1)
            enquiry.settle_status(None)
            enquiry.save()
    spam = Enquiry.receive(
        index,
        answer_days,
        received_at=received_days_ago(SPAM["days_ago"]),
        kind=SPAM["kind"],
        title=SPAM["title"],
        body=SPAM["body"],
        name="Không rõ",
    )
    spam.rejection = Enquiry.SPAM
    spam.settle_status(None)
    spam.save()
    return index
