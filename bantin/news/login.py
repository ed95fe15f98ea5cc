from django import forms
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    """Wagtail's login form, whose password field has no label of its own: Django then shows
    the field's name, "Password", untranslated (settings.WAGTAILADMIN_USER_LOGIN_FORM)."""

    password = forms.CharField(
        label="Mật khẩu",
        widget=LoginForm.base_fields["password"].widget,
        strip=False,
    )
