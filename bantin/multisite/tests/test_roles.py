"""A ward's editors reach only their own site: Wagtail's default groups, which had rights on
every site, are gone, and a ward editor's explorer opens at their home without warnings."""

import importlib
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Workflow

from bantin.news.tests.conftest import ADMIN_PASSWORD

remove_default_groups = importlib.import_module(
    "bantin.multisite.migrations.0004_remove_wagtail_default_groups"
).remove_default_groups


def wagtail_default_groups():
    """What Wagtail's own migrations leave on a fresh install (rows a test flush removed)."""
    from wagtail.models import Page

    root = Page.get_first_root_node()
    for name in ("Editors", "Moderators"):
        group = Group.objects.create(name=name)
        GroupPagePermission.objects.create(group=group, page=root, permission_type="change")
    return Group.objects.get(name="Moderators")


@pytest.mark.django_db
def test_the_default_groups_lose_their_rights_on_every_site(site):
    moderators = wagtail_default_groups()
    member = get_user_model().objects.create_user("cu", password=ADMIN_PASSWORD)
    member.groups.add(moderators)

    remove_default_groups(apps, None)

    assert not Group.objects.filter(name="Editors").exists()
    assert not GroupPagePermission.objects.filter(group__name="Moderators").exists()
    assert list(member.groups.values_list("name", flat=True)) == ["Moderators"]


@pytest.mark.django_db
def test_a_fresh_install_has_no_default_groups_or_workflow_on_the_root(site):
    """The migration ran on the test database: only the site's own roles remain."""
    names = set(Group.objects.values_list("name", flat=True))
    assert not names & {"Editors", "Moderators"}
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


@pytest.fixture
def ward_editor(site, make_site):
    second = make_site("phuong-hai.localhost", "Phường Hai", default=False)
    user = get_user_model().objects.create_user("bientap", password=ADMIN_PASSWORD)
    user.groups.add(Group.objects.get(name="Phường Hai - Biên tập viên"))
    return user, second


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_ward_editors_explorer_opens_at_their_home_without_warnings(
    admin_browser, ward_editor, playwright_api
):
    user, site = ward_editor
    page = admin_browser(user)
    page.goto("/admin/pages/")
    playwright_api.expect(page).to_have_url(re.compile(rf"/admin/pages/{site.root_page_id}/$"))
    main = page.locator("main")
    playwright_api.expect(main).to_contain_text("Tin tức sự kiện")
    assert "no site" not in main.inner_text()
    assert "Phường Thử Nghiệm" not in main.inner_text()
