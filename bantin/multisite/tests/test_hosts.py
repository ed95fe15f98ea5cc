"""Which site answers a host and port: bantin's rule (bantin.multisite.hosts), held to
Wagtail's get_site_for_hostname, and used by Wagtail's lookup and the fast path alike."""

import itertools

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from bantin.multisite.hosts import SiteMiddleware, best_site, finds_site, match, site_for_host

# Each of these sites is absent, present, or present as a default site, in every combination:
# with no default, one, or several (the database allows it), and with one hostname on two ports.
POOL = [("a.gov.vn", 80), ("a.gov.vn", 8000), ("b.gov.vn", 80)]
HOSTNAMES = ["a.gov.vn", "b.gov.vn", "c.gov.vn"]
PORTS = [80, 443, 8000]


def wagtail_answer(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


def described(site, hostname, port):
    return None if site is None else (site.hostname, site.port, match(site, hostname, port))


@pytest.mark.django_db
def test_the_rule_answers_as_wagtail_over_a_grid_of_sites_hostnames_and_ports():
    root = Page.get_first_root_node()
    compared = 0
    for states in itertools.product(("absent", "present", "default"), repeat=len(POOL)):
        Site.objects.all().delete()
        for (hostname, port), state in zip(POOL, states, strict=True):
            if state != "absent":
                Site.objects.create(
                    hostname=hostname,
                    port=port,
                    root_page=root,
                    is_default_site=state == "default",
                )
        sites = list(Site.objects.all())
        several_defaults = states.count("default") > 1
        for hostname, port in itertools.product(HOSTNAMES, PORTS):
            wagtail = wagtail_answer(hostname, port)
            ours = best_site(sites, hostname, port)
            assert site_for_host(hostname, port) == ours
            if several_defaults:
                # Wagtail leaves the order of equally ranked sites to the database.
                assert (ours is None) == (wagtail is None), (states, hostname, port)
                if ours is not None:
                    assert match(ours, hostname, port) == match(wagtail, hostname, port)
            else:
                assert described(ours, hostname, port) == described(wagtail, hostname, port), (
                    states,
                    hostname,
                    port,
                )
            compared += 1
    assert compared == 27 * 9


def site(hostname, port, default=False, pk=None):
    return Site(pk=pk, hostname=hostname, port=port, is_default_site=default)


def test_no_site_answers_a_hostname_on_two_other_ports_without_a_default():
    sites = [site("a.gov.vn", 8000, pk=1), site("a.gov.vn", 8001, pk=2)]
    assert best_site(sites, "a.gov.vn", 80) is None


def test_rows_that_cannot_answer_are_ignored():
    sites = [site("b.gov.vn", 80, pk=1), site("a.gov.vn", 8000, pk=2)]
    assert best_site(sites, "a.gov.vn", 80) == sites[1]


@pytest.mark.django_db
def test_the_middleware_leaves_bantins_site_where_wagtail_looks_first():
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    answering = Site.objects.create(hostname="a.gov.vn", port=8000, root_page=root)
    request = RequestFactory().get("/", HTTP_HOST="a.gov.vn", SERVER_PORT="80")
    SiteMiddleware(lambda request: HttpResponse()).process_view(request, lambda r: None, (), {})
    assert request._wagtail_site == answering
    assert Site.find_for_request(request) == answering

    marked = RequestFactory().get("/", HTTP_HOST="a.gov.vn")
    view = finds_site(lambda r: None)
    SiteMiddleware(lambda request: HttpResponse()).process_view(marked, view, (), {})
    assert not hasattr(marked, "_wagtail_site")
