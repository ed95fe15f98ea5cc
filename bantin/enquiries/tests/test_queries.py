"""The public list, an answer's page and the admin work list ask the same number of queries
whatever their size: no query per enquiry, per file or per deadline."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bantin.enquiries.models import EnquiryFile
from bantin.enquiries.testing import answer_and_publish, receive


def queries_for(client, url):
    client.get(url)  # warm Wagtail's site and root path caches, and the office days
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def published(site, number, files=0):
    enquiry = answer_and_publish(
        receive(site, title=f"Đèn đường ngõ {number} hỏng"), unit="Phòng Kinh tế"
    )
    for count in range(files):
        file = EnquiryFile(enquiry=enquiry, name=f"tep-{count}.pdf", size=8, public=True)
        file.file.save("tep.pdf", ContentFile(b"%PDF-1.4"), save=False)
        file.save()
    return enquiry


@pytest.mark.django_db
def test_the_list_costs_the_same_for_two_or_twenty_answers(client, site, index):
    for number in range(2):
        published(site, number)
    few = queries_for(client, "/hoi-dap/?q=den+duong")
    for number in range(2, 20):
        published(site, number)
    assert queries_for(client, "/hoi-dap/?q=den+duong") == few


@pytest.mark.django_db
def test_an_answer_costs_the_same_with_one_or_three_files(client, site, index):
    one, three = published(site, 1, files=1), published(site, 2, files=3)
    assert queries_for(client, f"/hoi-dap/{one.pk}/") == queries_for(
        client, f"/hoi-dap/{three.pk}/"
    )


@pytest.mark.django_db
def test_the_work_list_costs_the_same_for_two_or_twenty_enquiries(
    admin_client, site, index, django_user_model
):
    person = django_user_model.objects.create_user("xu-ly", first_name="Lan")
    long_ago = timezone.now() - datetime.timedelta(days=30)

    def add(number):
        enquiry = receive(site, title=f"Việc số {number}", received_at=long_ago)
        enquiry.assigned_to = person
        enquiry.settle_status(person)
        enquiry.save()

    for number in range(2):
        add(number)
    few = queries_for(admin_client, "/admin/hoi-dap/")
    for number in range(2, 20):
        add(number)
    assert queries_for(admin_client, "/admin/hoi-dap/") == few
