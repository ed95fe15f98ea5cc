"""Vietnamese: Django's own display formats, with bantin's day/month input formats."""

from django.conf.locale.vi.formats import *  # noqa: F403

from bantin.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS  # noqa: F401
