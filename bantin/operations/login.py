"""Logging in to the admin: throttling (django-axes) and two-factor codes (wagtail-2fa).

Throttling: 10 failed attempts lock the account name, and 10 from one address lock that
address, for 15 minutes (settings AXES_*); a site admin unlocks earlier in Cài đặt → Tài khoản
bị khóa. Two-factor: every admin user may add a TOTP device (Tài khoản → Manage your 2FA
devices); whoever has one must give a code at each login. With BANTIN_REQUIRE_2FA=1, site
admins and those who may publish (reviewers) must set one up before anything else.
"""

import django_otp
from django.conf import settings
from django.core.exceptions import ValidationError
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import GroupPagePermission
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views
from wagtail_2fa.middleware import VerifyUserMiddleware

from bantin.counters.views import client_address


def client_ip(request):
    """The same address the counters see (the proxy's last entry when behind our proxy)."""
    return client_address(request.META) or None


def must_use_two_factor(user):
    """Site admins and reviewers (those who may publish a page anywhere)."""
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists()


class TwoFactorMiddleware(VerifyUserMiddleware):
    """wagtail-2fa's middleware with bantin's rule of who must give a code (see above)."""

    def process_request(self, request):
        response = super().process_request(request)
        user = request.user
        if user.is_authenticated:
            # wagtail-2fa hides the admin menu from users who "enable_2fa" and are unverified.
            user.enable_2fa = self.code_required(user)
        return response

    def code_required(self, user):
        if django_otp.user_has_device(user, confirmed=True):
            return True
        return settings.REQUIRE_2FA and must_use_two_factor(user)

    def _require_verified_user(self, request):
        return super()._require_verified_user(request) and self.code_required(request.user)


class TokenForm(wagtail_2fa_forms.TokenForm):
    """wagtail-2fa's code form names no device, and django-otp 1.7.5 no longer tries each of
    the user's devices: the code is checked against the user's TOTP device (one per user is
    what the device page offers; with several, the first confirmed one that matches). Its
    field has no label of its own there ("Otp token" on screen): it gets one here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp_token"].label = "Mã xác thực"

    def clean(self):
        for device in TOTPDevice.objects.devices_for_user(self.user, confirmed=True):
            if device.verify_is_allowed()[0]:
                self.cleaned_data["otp_device"] = device.persistent_id
                try:
                    return super().clean()
                except ValidationError:
                    continue
        raise ValidationError({"otp_token": "Mã xác thực không đúng hoặc đã hết hạn."})


class CodeView(wagtail_2fa_views.LoginView):
    form_class = TokenForm
