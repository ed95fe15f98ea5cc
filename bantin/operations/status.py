"""What is up and what is not: the database, Redis and the scheduler, checked the same way
for the health URL (/_suc-khoe/, JSON for a monitor) and the admin's status page."""

from django.conf import settings
from django.db import DatabaseError, connection

from bantin.operations import health

REDIS_TIMEOUT = 1.0


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        connection.close()
        return False


def redis_ok():
    """None when no Redis is configured (the embedded default)."""
    if not settings.REDIS_URL:
        return None
    import redis

    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT
    )
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


def status():
    """ok is False only for what stops the site working: no database, or a scheduler that
    ran on this machine and has stopped beating (a machine serving with --no-scheduler has
    no health file). Redis away is "degraded": pages and counts carry on."""
    state = health.read()
    scheduler = health.summary(state)
    database = database_ok()
    redis = redis_ok()
    scheduler_fine = scheduler["running"] or state is None
    return {
        "ok": database and scheduler_fine,
        "degraded": redis is False,
        "database": database,
        "redis": redis,
        "scheduler": scheduler,
    }
