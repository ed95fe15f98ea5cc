"""Building enquiries in tests without the form or the admin."""

import time

from django.utils import timezone

from bantin.enquiries import spam
from bantin.enquiries.models import Enquiry
from bantin.enquiries.sample import ensure_index

FORM = {
    "kind": Enquiry.REPORT,
    "title": "Đèn đường ngõ 5 phố Hoa Mai bị hỏng",
    "body": "Hai cột đèn đầu ngõ 5 phố Hoa Mai không sáng từ ba hôm nay, buổi tối rất tối.",
    "place_area": "",
    "place_address": "Ngõ 5 phố Hoa Mai",
    "name": "Trần Văn Bình",
    "phone": "0912 345 678",
    "email": "binh@example.vn",
    "address": "Số 7 ngõ 5 phố Hoa Mai",
    "website": "",
}


def form_data(opened_seconds_ago=60, question=None, **changes):
    """What a person's browser sends, the form opened a minute ago."""
    token = spam.new_form_token(now=time.time() - opened_seconds_ago, question=question)
    return {**FORM, "token": token, **changes}


def receive(site, received_at=None, answer_days=10, **fields):
    index = ensure_index(site)
    values = {key: FORM[key] for key in ("kind", "title", "body", "name", "phone", "email")}
    values.update(address=FORM["address"], place_address=FORM["place_address"])
    values.update(fields)
    return Enquiry.receive(index, answer_days, received_at=received_at, **values)


def answer_and_publish(enquiry, answer="<p>Phường đã thay bóng đèn.</p>", unit="", publish=True):
    now = timezone.now()
    enquiry.answer = answer
    enquiry.assigned_unit = unit
    if publish:
        enquiry.published_at = now
    enquiry.settle_status(None, now)
    enquiry.save()
    return enquiry
