from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture
def make_site(db):
    """Creates a site with its home page and default sections."""
    from bantin.multisite.sites import create_site

    def make(hostname="localhost", name="Phường Thử Nghiệm", default=True, **kwargs):
        return create_site(hostname, name, default=default, **kwargs)

    return make


@pytest.fixture
def site(make_site):
    from wagtail.models import Page, Site

    Site.objects.filter(root_page__content_type__model="page").delete()
    Page.objects.filter(depth=2, content_type__model="page").delete()
    return make_site()


@pytest.fixture
def make_article(site):
    """Publishes an article in a section of the default test site."""
    from bantin.news.testing import publish_article

    def make(**kwargs):
        kwargs.setdefault("site", site)
        return publish_article(**kwargs)

    return make
