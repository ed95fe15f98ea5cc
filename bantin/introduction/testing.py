"""Introduction and English pages for tests, built without the admin."""

from bantin.introduction.sample import (
    SAMPLE_LEADERS,
    SAMPLE_UNITS,
    ensure_english,
    ensure_introduction,
)


def publish_introduction(site, units=SAMPLE_UNITS, leaders=SAMPLE_LEADERS):
    return ensure_introduction(site, units=units, leaders=leaders)


def publish_english(site):
    page = ensure_english(
        site, official_name="People's Committee of Test Ward", address="1 Main Street"
    )
    page.phone, page.email, page.office_hours = "+84 200 1", "office@ward.example", "8-17"
    page.save_revision().publish()
    return page
