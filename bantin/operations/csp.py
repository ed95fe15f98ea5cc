"""Content-Security-Policy on every answer: strict on public pages (only the site's own
scripts, styles and images, no inline script or style, never framed), looser in the admin
as far as Wagtail needs (its admin still has inline scripts and styles; framed only by itself,
for the live preview).

BANTIN_CSP_REPORT_ONLY=1 sends the same policies as Content-Security-Policy-Report-Only, to
try a change on a live site; BANTIN_CSP_REPORT_URI adds report-uri (docs/operations.md).
"""

from django.conf import settings

PUBLIC = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-src": "'none'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
ADMIN = {
    **PUBLIC,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "frame-src": "'self'",
    "frame-ancestors": "'self'",
}
ADMIN_PREFIXES = ("/admin/",)


def policy_text(policy):
    directives = [f"{name} {value}" for name, value in policy.items()]
    if settings.CSP_REPORT_URI:
        directives.append(f"report-uri {settings.CSP_REPORT_URI}")
    return "; ".join(directives)


def header_name():
    if settings.CSP_REPORT_ONLY:
        return "Content-Security-Policy-Report-Only"
    return "Content-Security-Policy"


class ContentSecurityPolicyMiddleware:
    """Placed inside the page cache's middleware, so cached pages keep the header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            policy = ADMIN if request.path.startswith(ADMIN_PREFIXES) else PUBLIC
            response[header_name()] = policy_text(policy)
        return response
