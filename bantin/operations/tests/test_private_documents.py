"""A document in a collection restricted to logged-in users is not served to anyone else,
whether asked for through Wagtail's view or by its file's path under /media/."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction


@pytest.fixture
def private_document(db, site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    root = Collection.get_first_root_node()
    private = root.add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Báo cáo nội bộ",
        collection=private,
        file=ContentFile(b"%PDF-1.4 noi bo", name="bao-cao-noi-bo.pdf"),
    )
    return document


@pytest.mark.parametrize("prefix", ["/media/", "/media/images/../", "/media//", "/media/./"])
def test_a_private_documents_file_is_not_served_by_its_path(client, private_document, prefix):
    name = private_document.file.name
    assert name.startswith("documents/")
    response = client.get(prefix + name)
    assert response.status_code == 404


def test_the_checked_view_refuses_anonymous_readers_and_serves_logged_in_ones(
    client, private_document, django_user_model
):
    url = private_document.url
    assert url.startswith("/documents/")
    assert client.get(url).status_code in (302, 403)
    client.force_login(django_user_model.objects.create_user("canbo", password="x"))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 noi bo"


def test_photos_are_still_served_from_media(client, site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "anh.jpg").write_bytes(b"\xff\xd8\xff")
    assert client.get("/media/images/anh.jpg").status_code == 200


def test_a_photo_from_media_costs_no_site_lookup(client, site, settings, tmp_path):
    """A file needs no site: the site middleware leaves media alone."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "anh.jpg").write_bytes(b"\xff\xd8\xff")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/media/images/anh.jpg").status_code == 200
    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]
