"""Deadlines counted in working days from the day an enquiry arrives, the site's length, and
the install's own days off moving the deadlines still open."""

import datetime

import pytest
from django.utils import timezone

from bantin.enquiries.models import Enquiry, EnquirySettings
from bantin.enquiries.testing import form_data, receive
from bantin.officedays.models import DayChange


def local(year, month, day, hour=10):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        # Friday before Tết 2025; the late afternoon counts as that day.
        (local(2025, 1, 24, 16), 10, datetime.date(2025, 2, 14)),
        # Received late on Thursday 23/4/2026: Hùng Kings' day in lieu, 30/4 and 1/5.
        (local(2026, 4, 23, 23), 5, datetime.date(2026, 5, 5)),
        # Received on a Sunday.
        (local(2026, 2, 22), 1, datetime.date(2026, 2, 23)),
    ],
)
def test_the_deadline_is_counted_in_working_days_from_the_local_day(site, received, days, due):
    assert receive(site, received_at=received, answer_days=days).due_on == due


@pytest.mark.django_db
def test_each_site_sets_its_own_length(client, site, make_site):
    from bantin.enquiries.sample import ensure_index

    ensure_index(site)
    other = make_site(hostname="xa-khac.example", name="Xã Khác", default=False)
    ensure_index(other)
    EnquirySettings.objects.update_or_create(site=other, defaults={"answer_days": 3})
    client.post("/hoi-dap/gui/", form_data(title="Gửi phường"))
    client.post("/hoi-dap/gui/", form_data(title="Gửi xã"), HTTP_HOST="xa-khac.example")
    ward, commune = (Enquiry.objects.get(title=t) for t in ("Gửi phường", "Gửi xã"))
    assert (ward.answer_days, commune.answer_days) == (10, 3)
    assert commune.due_on < ward.due_on
    assert (
        "trong 3 ngày làm việc"
        in client.get("/hoi-dap/gui/", HTTP_HOST="xa-khac.example").content.decode()
    )


@pytest.mark.django_db
def test_a_day_off_added_by_the_install_moves_open_deadlines_only(site):
    still_open = receive(site, received_at=local(2025, 1, 24), answer_days=10)
    answered = receive(site, received_at=local(2025, 1, 24), answer_days=10)
    answered.answer = "<p>Đã trả lời.</p>"
    answered.settle_status(None)
    answered.save()
    assert still_open.due_on == datetime.date(2025, 2, 14)
    DayChange.objects.create(day=datetime.date(2025, 2, 10), kind=DayChange.DAY_OFF, note="Thử")
    still_open.refresh_from_db()
    answered.refresh_from_db()
    assert still_open.due_on == datetime.date(2025, 2, 17)
    assert answered.due_on == datetime.date(2025, 2, 14)
    DayChange.objects.all().delete()
    still_open.refresh_from_db()
    assert still_open.due_on == datetime.date(2025, 2, 14)


@pytest.mark.django_db
def test_where_an_enquiry_stands_against_its_deadline(site):
    enquiry = receive(site, received_at=local(2025, 1, 24), answer_days=10)
    due = datetime.date(2025, 2, 14)
    before = enquiry.deadline(datetime.date(2025, 2, 3), reminder_days=2)
    assert (before.left, before.overdue, before.soon) == (9, False, False)
    near = enquiry.deadline(datetime.date(2025, 2, 12), reminder_days=2)
    assert (near.left, near.overdue, near.soon) == (2, False, True)
    on_the_day = enquiry.deadline(due, reminder_days=2)
    assert (on_the_day.left, on_the_day.overdue, on_the_day.soon) == (0, False, True)
    late = enquiry.deadline(datetime.date(2025, 2, 19), reminder_days=2)
    assert (late.overdue, late.late_by) == (True, 3)
    enquiry.rejection = Enquiry.SPAM
    enquiry.settle_status(None)
    assert not enquiry.deadline(datetime.date(2025, 2, 19)).overdue
