"""Uploads that would take the server down are refused with a clear message: an image too
large in pixels (a decompression bomb), and files too large in bytes."""

import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile


def huge_png(width=20000, height=20000):
    """A black-and-white PNG of width x height pixels that weighs a few kilobytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


@pytest.fixture
def admin_client(client, db, site, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    client.force_login(django_user_model.objects.create_superuser("quantri", password="x"))
    return client


def test_an_image_of_too_many_pixels_is_refused_with_a_message(admin_client):
    upload = SimpleUploadedFile("bom.png", huge_png(), content_type="image/png")
    response = admin_client.post(
        "/admin/images/add/", {"title": "Ảnh quá lớn", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "quá lớn" in text
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(title="Ảnh quá lớn").exists()


def test_an_image_over_the_installs_limit_names_its_size(admin_client):
    upload = SimpleUploadedFile("rong.png", huge_png(8000, 6000), content_type="image/png")
    response = admin_client.post(
        "/admin/images/add/", {"title": "Ảnh rộng", "file": upload, "collection": 1}
    )
    assert "8000 × 6000" in response.content.decode()


def test_a_normal_photo_is_still_accepted(admin_client):
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (800, 600), "white").save(buffer, "JPEG")
    upload = SimpleUploadedFile("anh.jpg", buffer.getvalue(), content_type="image/jpeg")
    response = admin_client.post(
        "/admin/images/add/", {"title": "Ảnh thường", "file": upload, "collection": 1}
    )
    assert response.status_code == 302
