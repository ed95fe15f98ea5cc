import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bantin.consultation.models import DraftComment


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_a_draft_costs_the_same_with_one_or_thirty_comments(client, make_draft):
    few = make_draft(title="Dự thảo một")
    many = make_draft(title="Dự thảo hai")
    DraftComment.objects.create(page=few, name="An", body="Một ý kiến.", status="da-dang")
    for number in range(30):
        DraftComment.objects.create(
            page=many, name=f"Người {number}", body="Ý kiến.", status="da-dang"
        )
    assert queries_for(client, few.url) == queries_for(client, many.url)
