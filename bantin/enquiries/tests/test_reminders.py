"""The scheduler's round: a reminder before the deadline and a notice once it has passed,
each sent once, to whoever handles the enquiry; held files that were never sent go away."""

import datetime
import os
import time

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from bantin.attachments.storage import private_storage
from bantin.enquiries import holding
from bantin.enquiries.models import EnquirySettings
from bantin.enquiries.reminders import send_reminders
from bantin.enquiries.testing import receive


def local(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9))


@pytest.fixture
def handled(site, django_user_model, index):
    """Received Friday 24/1/2025 with 10 working days: due Friday 14/2/2025."""
    person = django_user_model.objects.create_user("xu-ly", email="xuly@phuong.example")
    enquiry = receive(site, received_at=local(2025, 1, 24), answer_days=10)
    enquiry.assigned_to = person
    enquiry.settle_status(person)
    enquiry.save()
    EnquirySettings.objects.update_or_create(
        site=site, defaults={"reminder_days": 2, "notify_email": "tiepdan@phuong.example"}
    )
    return enquiry


@pytest.mark.django_db
def test_a_reminder_goes_once_two_working_days_before(handled):
    assert send_reminders(datetime.date(2025, 2, 11)) == (0, 0)
    assert send_reminders(datetime.date(2025, 2, 12)) == (1, 0)
    [message] = mail.outbox
    assert message.to == ["xuly@phuong.example"]
    assert message.subject.startswith("[Hỏi đáp] Sắp đến hạn trả lời (14/02/2025)")
    assert "còn 2 ngày làm việc" in message.body
    assert f"/admin/hoi-dap/edit/{handled.pk}/" in message.body
    assert send_reminders(datetime.date(2025, 2, 13)) == (0, 0)


@pytest.mark.django_db
def test_an_overdue_notice_goes_once_to_the_handler_and_the_site(handled):
    assert send_reminders(datetime.date(2025, 2, 14)) == (1, 0)
    assert send_reminders(datetime.date(2025, 2, 17)) == (0, 1)
    notice = mail.outbox[-1]
    assert notice.to == ["xuly@phuong.example", "tiepdan@phuong.example"]
    assert "Quá hạn trả lời (14/02/2025)" in notice.subject
    assert send_reminders(datetime.date(2025, 2, 18)) == (0, 0)


@pytest.mark.django_db
def test_without_a_handler_the_site_s_address_is_reminded(handled):
    handled.assigned_to = None
    handled.settle_status(None)
    handled.save()
    send_reminders(datetime.date(2025, 2, 12))
    assert mail.outbox[0].to == ["tiepdan@phuong.example"]


@pytest.mark.django_db
def test_answered_enquiries_get_no_reminder(handled):
    handled.answer = "<p>Đã trả lời.</p>"
    handled.settle_status(None)
    handled.save()
    assert send_reminders(datetime.date(2025, 2, 17)) == (0, 0)
    assert not mail.outbox


@pytest.mark.django_db
def test_a_mail_server_that_is_down_is_tried_again(handled, settings):
    settings.EMAIL_BACKEND = "bantin.enquiries.tests.test_send.BrokenBackend"
    assert send_reminders(datetime.date(2025, 2, 12)) == (0, 0)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_reminders(datetime.date(2025, 2, 12)) == (1, 0)


@pytest.mark.django_db
def test_held_files_older_than_a_day_are_cleared(index, capsys):
    old = private_storage.save(f"{holding.FOLDER}/cu.jpg", ContentFile(b"\xff\xd8\xff"))
    new = private_storage.save(f"{holding.FOLDER}/moi.jpg", ContentFile(b"\xff\xd8\xff"))
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(private_storage.path(old), (two_days_ago, two_days_ago))
    call_command("enquiry_reminders")
    assert "xóa 1 tệp chờ" in capsys.readouterr().out
    assert not private_storage.exists(old) and private_storage.exists(new)
