"""The editor's and reviewer's main admin screens are in Vietnamese, whatever the browser's
language (real Chromium). A word on screen that is not a Vietnamese syllable, a number or an
allowed token (names, file types, the product's name) is English left untranslated."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bantin.news.testing import make_image, restore_base_data
from bantin.news.tests.conftest import ADMIN_PASSWORD
from bantin.vietnamese.syllables import is_valid

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ALLOWED = {
    "wagtail",
    "bantin",
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "odt",
    "ods",
    "txt",
    "zip",
    "jpg",
    "jpeg",
    "png",
    "gif",
    "webp",
    "svg",
    "url",
    "email",
    "id",
    "html",
    "rss",
    "ok",
    "bientap",
    "duyettin",
    "admin",
    "slug",
    "mb",
    "kb",
    "sapo",
}
KEY_NAMES = ("Ctrl", "Shift", "Alt", "Esc")
"""Keys as their caps print them."""
WORD = re.compile(r"[^\W\d_]{2,}")


def untranslated(text, names=()):
    """The lines of ``text`` with a word that is neither Vietnamese nor allowed."""
    allowed = ALLOWED | {word.lower() for name in names for word in WORD.findall(name)}
    return sorted(
        {
            line.strip()
            for line in text.splitlines()
            if any(
                word.lower() not in allowed and not is_valid(word.lower(), names=True)
                for word in WORD.findall(line)
            )
        }
    )


def test_untranslated_lines_are_found():
    assert untranslated("Lưu bản nháp\nSave draft\nTrang") == ["Save draft"]
    assert untranslated("Sign in to Wagtail\nbantin") == ["Sign in to Wagtail"]


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    restore_base_data()


@pytest.fixture
def people(site):
    User = get_user_model()
    editor = User.objects.create_user("bientap", "bt@example.vn", ADMIN_PASSWORD)
    editor.groups.add(Group.objects.get(name=f"{site.site_name} - Biên tập viên"))
    reviewer = User.objects.create_user("duyettin", "dt@example.vn", ADMIN_PASSWORD)
    reviewer.groups.add(Group.objects.get(name=f"{site.site_name} - Lãnh đạo duyệt tin"))
    return editor, reviewer


def screen_text(page):
    page.wait_for_load_state("networkidle")
    return page.locator("body").inner_text()


def test_the_editors_main_screens_have_no_english(
    admin_browser, people, make_article, site, chromium, live_server
):
    editor, reviewer = people
    article = make_article(title="Hội nghị sơ kết")
    make_image("Ảnh hội nghị")
    names = [
        site.site_name,
        article.title,
        "Ảnh hội nghị",
        "Tin tức sự kiện",
        "Hoạt động Chính quyền",
    ]
    found = {}

    anonymous = chromium.new_context(base_url=live_server.url, locale="en-US")
    login = anonymous.new_page()
    login.goto("/admin/login/")
    found["login"] = untranslated(screen_text(login))
    anonymous.close()

    page = admin_browser(editor, locale="en-US")
    screens = {
        "dashboard": "/admin/",
        "explorer": f"/admin/pages/{site.root_page_id}/",
        "section": f"/admin/pages/{article.get_parent().pk}/",
        "edit": f"/admin/pages/{article.pk}/edit/",
        "add": f"/admin/pages/add/news/articlepage/{article.get_parent().pk}/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "reports": "/admin/reports/locked/",
        "workflows": "/admin/reports/workflow/",
        "history": f"/admin/pages/{article.pk}/history/",
    }
    for name, url in screens.items():
        page.goto(url)
        found[name] = untranslated(screen_text(page), names)
        if name == "edit":
            page.locator("footer [data-w-dropdown-target=toggle]").last.click()
            found["edit actions"] = untranslated(page.locator("footer").inner_text(), names)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/"))
    found["submitted"] = untranslated(screen_text(page), names)

    review = admin_browser(reviewer, locale="en-US")
    found["reviewer dashboard"] = untranslated(screen_text(review), names)
    review.goto(f"/admin/pages/{article.pk}/edit/")
    found["reviewer edit"] = untranslated(screen_text(review), names)
    review.locator("footer [data-w-dropdown-target=toggle]").last.click()
    found["reviewer actions"] = untranslated(review.locator("footer").inner_text(), names)

    left = {screen: lines for screen, lines in found.items() if lines}
    assert left == {}, "\n".join(f"{screen}: {lines}" for screen, lines in left.items())


def test_the_editors_other_tabs_side_panels_and_account_have_no_english(
    admin_browser, people, make_article, site
):
    """What an editor opens after the content tab: the promote tab, the status side panel,
    the account page and its sections; and what a screen reader says of the editor's
    icon-only buttons."""
    editor, reviewer = people
    article = make_article(title="Hội nghị sơ kết")
    names = [site.site_name, article.title, "Tin tức sự kiện", "bientap", "bt@example.vn"]
    names += ["duyettin", "dt@example.vn"]
    page = admin_browser(editor, locale="en-US")
    found = {}
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # what a screen reader says of the buttons that show only an icon
    labels = page.locator("[aria-label]").evaluate_all(
        "nodes => nodes.map(node => node.getAttribute('aria-label'))"
    )
    # Wagtail writes this one label in English in its header template, outside any catalogue
    labels = [label for label in labels if label != "Actions"]
    found["edit: labels"] = untranslated("\n".join(labels), names)
    page.locator("[role=tab]").nth(1).click()
    found["promote tab"] = untranslated(
        page.locator("[role=tabpanel]:not([hidden])").inner_text(), names
    )
    page.locator("[data-side-panel-toggle=status]").click()
    found["status panel"] = untranslated(
        page.locator("[data-side-panel=status]").inner_text(), names
    )
    page.locator("[data-side-panel-toggle=checks]").click()
    found["checks panel"] = untranslated(
        page.locator("[data-side-panel=checks]").inner_text(), names
    )
    page.locator("body").press("?")  # the keyboard shortcuts, as the editor asks for them
    dialog = page.locator("[role=dialog]:visible")
    found["keyboard shortcuts"] = untranslated(dialog.inner_text(), [*names, *KEY_NAMES])
    for who, person in (("editor", editor), ("reviewer", reviewer)):
        page = admin_browser(person, locale="en-US")
        page.goto("/admin/account/")
        # the choices of a list (time zones, languages by their own names) are names
        choices = set(page.locator("option").all_inner_texts())
        for section in page.locator("[role=tab]").all():
            section.click()
            text = page.locator("[role=tabpanel]:not([hidden])").inner_text()
            shown = "\n".join(line for line in text.splitlines() if line.strip() not in choices)
            found[f"{who}'s account: {section.inner_text()}"] = untranslated(shown, names)
    left = {screen: lines for screen, lines in found.items() if lines}
    assert left == {}, "\n".join(f"{screen}: {lines}" for screen, lines in left.items())


def test_the_two_factor_screens_have_no_english(admin_browser, people, chromium, live_server):
    """wagtail-2fa has no Vietnamese of its own: its strings are in bantin's catalogue."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    editor, _ = people
    page = admin_browser(editor, locale="en-US")
    found = {}
    page.goto(f"/admin/2fa/devices/{editor.pk}")
    found["no device yet"] = untranslated(screen_text(page))
    page.goto("/admin/2fa/devices/new")
    text = screen_text(page)
    # The set-up key to paste into the app (otpauth://…, a base32 secret) is not a word.
    apps = ["Google Authenticator", "Microsoft Authenticator", "Authy", "1Password", "iOS"]
    apps += ["Android", "QR"]
    found["new device"] = untranslated(
        "\n".join(line for line in text.splitlines() if "otpauth://" not in line), apps
    )

    device = TOTPDevice.objects.create(user=editor, name="Điện thoại", confirmed=True)
    names = [device.name, *apps]
    context = chromium.new_context(base_url=live_server.url, locale="en-US")
    login = context.new_page()
    login.goto("/admin/login/")
    login.locator("#id_username").fill(editor.get_username())
    login.locator("#id_password").fill(ADMIN_PASSWORD)
    login.locator("form button[type=submit]").click()
    login.wait_for_url(re.compile(r"/admin/2fa/auth"))
    found["code"] = untranslated(screen_text(login))
    login.locator("#id_otp_token").fill("000000")
    login.locator("form button[type=submit]").first.click()
    found["wrong code"] = untranslated(screen_text(login))
    device.refresh_from_db()
    device.throttle_reset()  # the wrong code made the next try wait a second
    code = f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"
    login.locator("#id_otp_token").fill(code)
    login.locator("form button[type=submit]").first.click()
    login.wait_for_url(re.compile(r"/admin/$"))
    for name, url in {
        "devices": f"/admin/2fa/devices/{editor.pk}",
        "change device": f"/admin/2fa/devices/{device.pk}/update",
        "remove device": f"/admin/2fa/devices/{device.pk}/remove",
    }.items():
        login.goto(url)
        found[name] = untranslated(screen_text(login), names)
    context.close()

    left = {screen: lines for screen, lines in found.items() if lines}
    assert left == {}, "\n".join(f"{screen}: {lines}" for screen, lines in left.items())
