"""Date formats the admin shows and reads back, whatever the editor's language.

The admin's date pickers write dates as WAGTAIL_DATE_FORMAT / WAGTAIL_DATETIME_FORMAT
(day/month/year). Django's forms read them with the language's *_INPUT_FORMATS, which for
English, and for Vietnamese (whose locale file names none, so Django's month/day defaults
apply), try month/day first: 01/07/2025 came back as 7 January and 28/02/2024 was refused.
Both languages here read day/month first (settings.FORMAT_MODULE_PATH points at this
package); ISO dates are still accepted.
"""

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
TIME_FORMAT = "%H:%M"

DATE_INPUT_FORMATS = [DATE_FORMAT, "%d/%m/%y", "%d-%m-%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    DATETIME_FORMAT,
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
]
TIME_INPUT_FORMATS = [TIME_FORMAT, "%H:%M:%S"]
