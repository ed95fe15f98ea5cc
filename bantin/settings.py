"""Settings for every way bantin runs, read from environment variables.

BANTIN_DATA_DIR        where the SQLite database, media and the generated secret key live (./var)
BANTIN_DATABASE_URL    postgres://user@host:port/name switches from SQLite to PostgreSQL
BANTIN_SECRET_KEY      secret key; generated once into BANTIN_DATA_DIR when unset
BANTIN_DEBUG           1 for development only
BANTIN_ALLOWED_HOSTS   comma-separated host names (default "*": the Site table decides)
BANTIN_HTTPS           1 when served behind TLS: secure cookies, HSTS, HTTPS redirect
BANTIN_CSP_REPORT_ONLY 1: Content-Security-Policy only reported, not enforced (trying a change)
BANTIN_REQUIRE_2FA     1: site admins and those who may publish must log in with a TOTP code
BANTIN_BASE_URL        absolute URL of the main site, used in the admin and in feeds
BANTIN_EMAIL_HOST      SMTP server for notices (unset: written to files in DATA_DIR/thu-gui)
BANTIN_EMAIL_PORT, BANTIN_EMAIL_USER, BANTIN_EMAIL_PASSWORD, BANTIN_EMAIL_TLS, BANTIN_EMAIL_FROM
"""

import os
import secrets
from pathlib import Path

import dj_database_url

from bantin import formats as admin_dates

PACKAGE_DIR = Path(__file__).resolve().parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def read_or_create_secret(data_dir):
    """A stable per-install secret so that sessions survive restarts without configuration."""
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        # Created readable by its owner only, never for a moment by anyone else.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


DATA_DIR = Path(os.environ.get("BANTIN_DATA_DIR", "var")).resolve()
DEBUG = env_flag("BANTIN_DEBUG")
SECRET_KEY = os.environ.get("BANTIN_SECRET_KEY") or read_or_create_secret(DATA_DIR)
ALLOWED_HOSTS = env_list("BANTIN_ALLOWED_HOSTS", "*")
HTTPS = env_flag("BANTIN_HTTPS")
REDIS_URL = os.environ.get("BANTIN_REDIS_URL", "")
PAGE_CACHE = os.environ.get("BANTIN_CACHE", "on").strip().lower() not in {"off", "0", "no"}
PAGE_CACHE_SECONDS = int(os.environ.get("BANTIN_CACHE_SECONDS", "60"))
# Purges go through Wagtail's frontend cache (bantin/pagecache/frontend.py): the page store,
# and the cache tier's refresh listener when one is named (deploy/nginx/bantin.conf).
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "bantin.pagecache.frontend.PageStoreBackend"}}
if os.environ.get("BANTIN_CACHE_REFRESH_URL"):
    WAGTAILFRONTENDCACHE["tier"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["BANTIN_CACHE_REFRESH_URL"],
    }
RENDER_MEMO = os.environ.get("BANTIN_RENDER_MEMO", "on").strip().lower() not in {"off", "0", "no"}
TRUST_PROXY = env_flag("BANTIN_TRUST_PROXY")

INSTALLED_APPS = [
    "bantin.operations",
    "bantin.news",
    "bantin.multisite",
    "bantin.counters",
    "bantin.legacy",
    "bantin.opendata",
    "bantin.search",
    "bantin.pagecache",
    "bantin.attachments",
    "bantin.legaldocs",
    "bantin.consultation",
    "bantin.workcalendar",
    "bantin.proofreading",
    "bantin.officedays",
    "bantin.enquiries",
    "bantin.people",
    "bantin.introduction",
    "bantin.downtime",
    "bantin.ratings",
    "bantin.wards",
    "axes",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "bantin.pagecache.middleware.PageCacheMiddleware",
    "bantin.multisite.sitecaches.SitesVersionMiddleware",
    "bantin.multisite.hosts.SiteMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "bantin.operations.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "bantin.operations.login.TwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bantin.urls"
WSGI_APPLICATION = "bantin.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bantin.counters.context_processors.counts",
                "bantin.multisite.context_processors.portal",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("BANTIN_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'bantin.sqlite3'}",
        conn_max_age=60,
        # A connection kept from before a database restart is tested before a request uses
        # it, so the restart costs no reader an error page (bench/faults.py --postgres).
        conn_health_checks=True,
    )
}
# Behind pgbouncer in transaction mode a server-side cursor's statements, or a prepared
# statement and its use, may reach different server connections (docs/deploy.md).
TRANSACTION_POOLING = os.environ.get("BANTIN_POOL_MODE", "").strip().lower() == "transaction"
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = TRANSACTION_POOLING
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not TRANSACTION_POOLING:
    # Only bantin.pagecache.statements asks for prepared statements; Django's cursors never prepare.
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = 5
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login throttling (django-axes) and two-factor login (wagtail-2fa): docs/operations.md.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "bantin.operations.login.client_ip"
AXES_LOCKOUT_TEMPLATE = "operations/locked_out.html"
AXES_VERBOSE = False
WAGTAIL_2FA_REQUIRED = True  # for users with a device; see bantin.operations.login
OTP_TOTP_ISSUER = os.environ.get("BANTIN_2FA_ISSUER", "bantin")
REQUIRE_2FA = env_flag("BANTIN_REQUIRE_2FA")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Everyone gets Vietnamese whatever their browser asks (no LocaleMiddleware); an editor may
# still choose English in their admin account. bantin/locale overrides and completes the
# Vietnamese of Wagtail's admin (docs/admin.md).
LANGUAGE_CODE = "vi"
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Day/month/year in and out of every admin form, in every language (bantin/formats).
FORMAT_MODULE_PATH = ["bantin.formats"]
DATE_INPUT_FORMATS = admin_dates.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = admin_dates.DATETIME_INPUT_FORMATS

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG
SERVE_MEDIA = env_flag("BANTIN_SERVE_MEDIA", True)

CACHES = {
    "default": (
        {"BACKEND": "bantin.fallbackcache.FallbackRedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "bantin"}
    )
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSP_REPORT_ONLY = env_flag("BANTIN_CSP_REPORT_ONLY")
CSP_REPORT_URI = os.environ.get("BANTIN_CSP_REPORT_URI", "")
CSRF_TRUSTED_ORIGINS = env_list("BANTIN_CSRF_TRUSTED_ORIGINS", "")
CSRF_FAILURE_VIEW = "bantin.errorpages.csrf_failure"

# Notices (new enquiries, reminders of answer deadlines). Without a mail server they are
# written as files, one per email, so that nothing is lost and an operator can read them.
EMAIL_HOST = os.environ.get("BANTIN_EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("BANTIN_EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("BANTIN_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("BANTIN_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("BANTIN_EMAIL_TLS")
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "thu-gui"
DEFAULT_FROM_EMAIL = os.environ.get("BANTIN_EMAIL_FROM", "bantin@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("BANTIN_LOG_LEVEL", "WARNING")},
}

WAGTAIL_SITE_NAME = "bantin"
WAGTAILADMIN_BASE_URL = os.environ.get("BANTIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# No "upgrade available" banner (in English, and a request to the outside from every editor's
# browser): an operator upgrades by the project's own release notes.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_USER_LOGIN_FORM = "bantin.news.login.AdminLoginForm"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_DATE_FORMAT = admin_dates.DATE_FORMAT
WAGTAIL_DATETIME_FORMAT = admin_dates.DATETIME_FORMAT
WAGTAIL_TIME_FORMAT = admin_dates.TIME_FORMAT
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Uploads: 40 million pixels (about 8000 x 5000) and 20 MB per image (bantin/operations/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "bantin.operations.uploads.ImageForm"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "gif": "webp"}
# Documents only through Wagtail's view, which checks collection privacy (docs/operations.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "txt", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10000
