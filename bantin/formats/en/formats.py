"""English (an editor's personal choice): Django's display formats, bantin's input formats."""

from django.conf.locale.en.formats import *  # noqa: F403

from bantin.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS  # noqa: F401
