"""Keeping robots out without locking anyone out: no picture to decipher.

- a honeypot: a field the stylesheet hides, labelled "Để trống ô này" for the rare reader who
  meets it; robots that fill every field are dropped quietly;
- a minimum fill time: the form carries the signed moment it was opened; sent sooner than a
  person could have read it, it comes back with everything kept and a request to check and
  send again (no one is refused: a person simply sends it a second time);
- a limit per network address (bantin.ratelimit);
- when a site turns it on, a question in words that a screen reader reads like any text.
"""

import time

from django.core import signing

from bantin.vietnamese import fold

MIN_FILL_SECONDS = 5
_SALT = "bantin.enquiries.form"

CHECK_QUESTIONS = [
    ("Hai cộng ba bằng mấy? (ghi bằng số)", {"5", "nam"}),
    ("Một tuần có mấy ngày? (ghi bằng số)", {"7", "bay"}),
    ("Tết Nguyên Đán là tết của tháng mấy âm lịch? (ghi bằng số)", {"1", "mot", "gieng"}),
    ("Mười trừ bốn bằng mấy? (ghi bằng số)", {"6", "sau"}),
]


def new_form_token(now=None, question=None):
    """The signed moment the form was opened and the index of the check question."""
    return signing.dumps({"t": now if now is not None else time.time(), "q": question}, salt=_SALT)


def read_form_token(token):
    """(opened at, question index), or None for a missing or forged token."""
    try:
        data = signing.loads(token or "", salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("t"), int | float):
        return None
    question = data.get("q")
    if not (isinstance(question, int) and 0 <= question < len(CHECK_QUESTIONS)):
        question = None
    return data["t"], question


def sent_too_soon(opened_at, now=None):
    return (now if now is not None else time.time()) - opened_at < MIN_FILL_SECONDS


def answers_check(question, text):
    """True when the words typed answer the check question (diacritics and case optional)."""
    return " ".join(fold(text or "").split()) in CHECK_QUESTIONS[question][1]
