"""The committed Vietnamese admin catalogue: the compiled .mo says what the .po says (a fresh
install reads only the .mo), and it mends Wagtail's own typos."""

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_catalogue_matches_its_source(domain):
    folder = LOCALE / "vi" / "LC_MESSAGES"
    with open(folder / f"{domain}.po", "rb") as source:
        catalogue = read_po(source)
    with open(folder / f"{domain}.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    stale = []
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            got = (
                translations.npgettext(message.context, *message.id, 1)
                if message.context
                else translations.ngettext(*message.id, 1)
            )
            wanted = message.string[0]
        else:
            got = (
                translations.pgettext(message.context, message.id)
                if message.context
                else translations.gettext(message.id)
            )
            wanted = message.string
        if got != wanted:
            stale.append(message.id)
    assert stale == [], f"recompile {domain}.mo (msgfmt -o {domain}.mo {domain}.po): {stale[:5]}"


def test_wagtails_glued_words_are_mended():
    with translation.override("vi"):
        assert (
            translation.gettext("%(label)s and Publish") % {"label": "Duyệt"} == "Duyệt và xuất bản"
        )
        assert (
            translation.gettext("Enter your %(username_field_name)s")
            % {"username_field_name": "tên đăng nhập"}
            == "Nhập tên đăng nhập của bạn"
        )
        assert translation.gettext("Sites") != translation.gettext("Pages")
