"""Content-Security-Policy: strict on public pages (no inline script or style), as strict as
Wagtail allows in the admin, never framed by others; report-only when asked; the front
door's beacon answers carry security headers too."""

import re

import pytest
from django.test import Client

from bantin.pagecache.tests.test_pagecache import cache_on, front_door  # noqa: F401


def directives(header):
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.django_db
def test_public_pages_forbid_inline_scripts_and_framing(client, make_article):
    article = make_article()
    for url in ("/", article.url, "/tim-kiem/?q=hoi+nghi"):
        response = client.get(url)
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
        assert policy["frame-ancestors"] == "'none'"
        html = response.content.decode()
        # A JSON-LD data block is not run, and CSP does not apply to it; any other inline
        # script would be refused by the browser.
        scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        assert all('type="application/ld+json"' in tag for tag in scripts), url
        assert not re.search(r"<style\b|\sstyle=\"", html), url


@pytest.mark.django_db
def test_the_admin_has_a_policy_and_is_framed_only_by_itself(site, django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("quantri", password="x"))
    policy = directives(client.get("/admin/")["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


@pytest.mark.django_db
def test_report_only_mode_sends_the_policy_without_enforcing_it(client, site, settings):
    settings.CSP_REPORT_ONLY = True
    settings.CSP_REPORT_URI = "/bao-cao-csp/"
    response = client.get("/")
    assert "Content-Security-Policy" not in response
    assert "report-uri /bao-cao-csp/" in response["Content-Security-Policy-Report-Only"]


@pytest.mark.django_db
def test_a_cached_page_keeps_its_policy(cache_on, make_article):  # noqa: F811
    path = make_article().url
    front_door(path)
    status, headers, _ = front_door(path)
    assert headers["X-Cache"] == "HIT"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_front_doors_beacon_answer_has_security_headers(cache_on, make_article):  # noqa: F811
    article = make_article()
    extra = {"HTTP_USER_AGENT": "Mozilla/5.0", "REMOTE_ADDR": "203.0.113.4"}
    for method in ("GET", "POST"):
        _, headers, _ = front_door("/_dem/", f"p={article.pk}", method=method, extra=extra)
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'none'" in headers["Content-Security-Policy"]
