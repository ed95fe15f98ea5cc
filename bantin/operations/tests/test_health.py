"""/_suc-khoe/ for a monitor, and the admin's status page for a site admin."""

import json
import time

import pytest

from bantin.operations import health


def get_health(client):
    response = client.get("/_suc-khoe/")
    return response.status_code, json.loads(response.content), response


@pytest.mark.django_db
def test_health_is_ok_before_any_scheduler_ran(client, site):
    status, body, response = get_health(client)
    assert status == 200 and body["ok"] is True
    assert body["database"] is True and body["redis"] is None
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_a_scheduler_that_stopped_beating_makes_health_fail(client, site):
    health.write({"heartbeat": time.time() - 600, "tasks": {}})
    status, body, _ = get_health(client)
    assert status == 503 and body["scheduler"]["running"] is False


@pytest.mark.django_db
def test_health_names_the_error_kind_but_not_its_message(client, site):
    health.write(
        {
            "heartbeat": time.time(),
            "tasks": {
                "counters": {
                    "failures": 3,
                    "last_error_kind": "ConnectionError",
                    "last_error": "Error connecting to redis-internal:6379",
                    "last_error_at": time.time(),
                }
            },
        }
    )
    status, body, response = get_health(client)
    assert status == 200
    assert body["scheduler"]["tasks"]["counters"]["last_error_kind"] == "ConnectionError"
    assert b"redis-internal" not in response.content


@pytest.mark.django_db
def test_redis_away_is_reported_as_degraded(client, site, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    status, body, _ = get_health(client)
    assert status == 200 and body["redis"] is False and body["degraded"] is True


@pytest.mark.django_db
def test_only_superusers_see_the_status_page(client, site, django_user_model):
    health.write(
        {
            "heartbeat": time.time(),
            "tasks": {
                "counters": {
                    "failures": 2,
                    "last_error_kind": "OperationalError",
                    "last_error": "server closed the connection",
                    "last_error_at": time.time(),
                }
            },
        }
    )
    editor = django_user_model.objects.create_user("bientap", password="x")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/tinh-trang/").status_code == 302
    admin = django_user_model.objects.create_superuser("quantri", password="x")
    client.force_login(admin)
    page = client.get("/admin/tinh-trang/").content.decode()
    assert "Ghi lượt xem" in page and "server closed the connection" in page


@pytest.mark.django_db
def test_health_answers_503_in_json_while_the_database_refuses(client, site, monkeypatch):
    """Every statement failing as when PostgreSQL is stopped: the monitor gets its JSON and a
    503, not an error page from a middleware that reads the database first."""
    from django.db import OperationalError, connection

    def refuse(execute, sql, params, many, context):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "close", lambda: None)
    with connection.execute_wrapper(refuse):
        status, body, _ = get_health(client)
    assert status == 503 and body["ok"] is False and body["database"] is False
