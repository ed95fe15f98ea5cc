"""Tracking codes: short enough to read over the phone and type on a phone, too many to guess.

Ten characters from an alphabet without the look-alikes (no 0 O, 1 I L, U): 30^10 ≈ 5.9e14
codes, about 49 bits. Shown as two groups of five ("K7RMX-4PQ2H"); read back whatever the
case, spaces or dashes. Plain Python, no Django."""

import re
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
LENGTH = 10
_SEPARATORS = re.compile(r"[\s\-_.]+")


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def format_code(code):
    """ "K7RMX4PQ2H" as "K7RMX-4PQ2H"."""
    return f"{code[:5]}-{code[5:]}" if len(code) == LENGTH else code


def read_code(text):
    """The code typed by a person, or None when it cannot be one."""
    code = _SEPARATORS.sub("", text or "").upper()
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return None
    return code
