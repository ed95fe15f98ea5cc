"""The "Lãnh đạo" page and a person's page as the Nu Html Checker and axe-core see them."""

import pytest

from bantin.pagechecks import accessibility_violations, html_errors
from bantin.people.testing import add_leaders_page, publish_named


def publish_sample(site):
    publish_named(site)
    add_leaders_page(site)
    return {"leaders": "/lanh-dao/", "person": "/lanh-dao/lo-van-tien/"}


@pytest.mark.django_db
def test_leaders_pages_have_no_html_errors(client, site, tmp_path):
    problems = html_errors(client, publish_sample(site), tmp_path)
    assert not problems, f"Nu Html Checker found {len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_leaders_pages_have_no_accessibility_violations(live_server, chromium, site):
    problems = accessibility_violations(chromium, live_server.url, publish_sample(site))
    assert not problems, "axe-core found violations:\n" + "\n".join(problems)
