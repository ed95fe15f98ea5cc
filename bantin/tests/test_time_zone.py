"""The portal's time zone is named once, in the Vietnamese text package (settings.py must spell
it as Django's TIME_ZONE string): every other module takes `bantin.vietnamese.TIMEZONE`.
Tests may spell it, as a browser's `timezone_id` or to pin an expected value."""

from bantin.conftest import REPO_ROOT

ZONE = "Asia/" + "Ho_Chi_Minh"
OWNERS = {"bantin/vietnamese/dates.py", "bantin/settings.py"}


def test_time_zone_is_named_only_by_its_owner():
    found = [
        f"{path.relative_to(REPO_ROOT)}:{number}"
        for folder in ("bantin", "bench")
        for path in sorted((REPO_ROOT / folder).rglob("*.py"))
        if str(path.relative_to(REPO_ROOT)) not in OWNERS and "tests" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if ZONE in line
    ]
    assert found == [], "spelled outside bantin/vietnamese: " + ", ".join(found)
