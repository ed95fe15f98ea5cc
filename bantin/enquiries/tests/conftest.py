import pytest

from bantin.news.tests.conftest import chromium, playwright_api  # noqa: F401 (browser fixtures)


@pytest.fixture
def index(site):
    from bantin.enquiries.sample import ensure_index

    return ensure_index(site)


@pytest.fixture
def make_enquiry(site):
    from bantin.enquiries.testing import receive

    def make(**kwargs):
        kwargs.setdefault("site", site)
        return receive(**kwargs)

    return make


@pytest.fixture
def staff(django_user_model, site):
    """A member of one of the site's groups, logged in on a client of their own."""
    from django.contrib.auth.models import Group
    from django.test import Client

    def make(role, username=None, email=""):
        user = django_user_model.objects.create_user(
            username or f"can-bo-{role}", email=email, password="mat-khau"
        )
        user.groups.add(Group.objects.get(name=f"{site.site_name} - {role}"))
        client = Client()
        client.force_login(user)
        return user, client

    return make


from bantin.news.tests.conftest import expect  # noqa: E402, F401
