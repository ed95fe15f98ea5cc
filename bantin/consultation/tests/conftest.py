import pytest

from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401 (browser fixtures)


@pytest.fixture
def make_draft(site):
    from bantin.consultation.testing import publish_draft

    def make(**kwargs):
        kwargs.setdefault("site", site)
        return publish_draft(**kwargs)

    return make


@pytest.fixture
def comment_data():
    return {
        "name": "Trần Thị Mai",
        "organisation": "Tổ dân phố số 4",
        "email": "mai@example.vn",
        "phone": "0912 345 678",
        "body": "Đề nghị kéo dài giờ mở cửa nhà văn hóa buổi tối.",
        "website": "",
    }
