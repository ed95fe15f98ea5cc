"""Every item of the admin's menu is in Vietnamese, for a site's administrator too (who sees
the reports, settings and help that editors do not)."""

import json
import re

import pytest
from django.contrib.auth import get_user_model

from bantin.news.tests.conftest import ADMIN_PASSWORD
from bantin.news.tests.test_admin_vietnamese import untranslated

SIDEBAR = re.compile(
    r'id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.DOTALL
)


def labels(value):
    """Every "label" in the sidebar's properties."""
    if isinstance(value, dict):
        found = [value["label"]] if isinstance(value.get("label"), str) else []
        return found + [label for item in value.values() for label in labels(item)]
    if isinstance(value, list):
        return [label for item in value for label in labels(item)]
    return []


@pytest.mark.django_db
def test_the_administrators_menu_has_no_english(client, site):
    admin = get_user_model().objects.create_superuser("quantri", "qt@example.vn", ADMIN_PASSWORD)
    client.force_login(admin)
    props = json.loads(SIDEBAR.search(client.get("/admin/").content.decode()).group(1))
    shown = labels(props)
    assert "Chuyển hướng địa chỉ" in shown
    assert untranslated("\n".join(shown), names=["web"]) == []  # "trang web" is Vietnamese too
