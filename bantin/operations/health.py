"""The scheduler's health, kept in a small JSON file beside the data: it must be readable
when the database or Redis is the thing that is down.

Only what an operator needs and nothing secret: when the loop last ran, when each task last
succeeded, the kind of the last error and a short message with any credentials removed.
"""

import json
import os
import re
import time
from pathlib import Path

from django.conf import settings

FILE_NAME = "scheduler-health.json"
# A loop turns every 2 seconds; a heartbeat older than this means the scheduler is not running.
STALE_SECONDS = 90
CREDENTIALS = re.compile(r"(\w+://)[^/@\s]*@")
SECRET_WORDS = re.compile(r"(password|passwd|pwd|secret|token)(\s*[=:]\s*)\S+", re.IGNORECASE)
MESSAGE_LENGTH = 300


def health_path():
    return Path(settings.DATA_DIR) / FILE_NAME


def clean_message(error):
    """The first line of an error, without user:password@ in URLs or password=… pairs."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = CREDENTIALS.sub(r"\1…@", text)
    text = SECRET_WORDS.sub(r"\1\2…", text)
    return text[:MESSAGE_LENGTH]


def write(state, path=None):
    """Atomic: a reader sees the old file or the new one, never half of one."""
    path = path or health_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps(state, ensure_ascii=False, sort_keys=True))
    os.replace(temporary, path)


def read(path=None):
    try:
        return json.loads((path or health_path()).read_text())
    except (OSError, ValueError):
        return None


def summary(state, now=None):
    """What the health URL and the admin show: running or not, and since when."""
    now = time.time() if now is None else now
    if state is None:
        return {"running": False, "heartbeat_age": None, "tasks": {}}
    tasks = {}
    for name, task in state.get("tasks", {}).items():
        tasks[name] = {
            "last_success_age": age(task.get("last_success"), now),
            "last_error_age": age(task.get("last_error_at"), now),
            "last_error_kind": task.get("last_error_kind"),
            "consecutive_failures": task.get("failures", 0),
        }
    heartbeat_age = age(state.get("heartbeat"), now)
    return {
        "running": heartbeat_age is not None and heartbeat_age <= STALE_SECONDS,
        "heartbeat_age": heartbeat_age,
        "started_age": age(state.get("started"), now),
        "restarts": state.get("restarts", 0),
        "tasks": tasks,
    }


def age(moment, now):
    return None if moment is None else round(now - moment, 1)
