"""Settings shared by every environment.

Values that differ between machines come from environment variables (see
`.env.example`); the environment-specific modules only choose safe defaults
for their own context.
"""

from datetime import timedelta
from pathlib import Path

import environ
from wagtail.embeds.oembed_providers import vimeo, youtube

from core.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file next to manage.py (see .env.example) fills in variables that the
# process environment does not set; the real environment always wins.
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Applications ------------------------------------------------------------

INSTALLED_APPS = [
    "core",
    "accounts",
    "taxonomies",
    "pages",
    "projects",
    "campaigns",
    "surveys",
    "feedback",
    "search",
    # Widgets partners embed on their own websites (issue #10, docs/widgets.md).
    "widgets",
    "demo",
    "wagtail_localize",
    # wagtail_localize.locales replaces wagtail.locales: it adds the
    # synchronisation options to the locales admin.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    # Purges pages from the proxy in front when they change (core.purge).
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    # Editors' picks for search queries and the count of each query (search/).
    "wagtail.contrib.search_promotions",
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
    "django_filters",
    "django_recaptcha",
    # Background work (core.mail): the task framework and its database queue.
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: load balancers probe /healthz by address, over HTTP (core.health).
    "core.health.HealthCheckMiddleware",
    # Request id and one access line per request (probes of /healthz leave none).
    "core.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    # Whole pages for anonymous visitors (core.page_cache): after the HTTPS
    # redirect, static files and the CSP header (added to hits too), before
    # the session and everything else, which a hit skips and a miss passes
    # through, so the response it judges and stores is final.
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.AdminDefaultLanguageMiddleware",
    # After the language is known, so its 400 page speaks the address's language.
    "core.middleware.RejectMalformedContentLengthMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CSRF: survey pages check their own POSTs, without a cookie.
    "core.cookieless_forms.OwnFormChecksMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in (accounts.two_factor): who has verified a code this session.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# A persistent connection (CONN_MAX_AGE) is tested before each request reuses
# it, so the first requests after a PostgreSQL restart reconnect, not fail.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication ----------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# --- Sign-in protection (accounts) ---------------------------------------------

# django-axes first: it refuses a locked-out sign-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failures count separately per account and per client address: a guesser
# rotating usernames from one address is stopped, and so is one address-
# hopping attack on one account. Both lift after the cool-off; a superuser
# lifts them earlier in Reports -> Sign-in lockouts.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
# The same client address as every per-address limit (core.antispam, TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Log lines name the account and the path, never the address (see LOGGING).
AXES_CLIENT_STR_CALLABLE = "accounts.lockout.client_description"
# Failed attempts are kept for the admin report; successful sign-ins are not logged.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_DISABLE_ACCESS_LOG = True
# A successful sign-in does not wipe the count: it would wipe every record of
# its address too, so anyone with an account of their own could sign in to it
# between guesses at someone else's password and never be locked out.
AXES_RESET_ON_SUCCESS = False
# Password-reset e-mails per account and per client address and hour (accounts.forms).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "accounts.forms.ThrottledPasswordResetForm"  # noqa: S105
PASSWORD_RESETS_PER_HOUR = env.int("PASSWORD_RESETS_PER_HOUR", default=3)
# Superusers must enrol an authenticator app before they can use the admin
# (production.py turns it on); any editor may enrol one from the account menu.
ADMIN_REQUIRE_2FA = env.bool("ADMIN_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = env.str("WAGTAIL_SITE_NAME", default="Kraków Decyduje")

# --- Languages ---------------------------------------------------------------

# One list serves the interface and the content: a language is either fully
# supported (pages, catalogues, URL prefix) or not offered at all.
LANGUAGE_CODE = "pl"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("uk", "Українська"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Warsaw"
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Static and media files --------------------------------------------------

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The page editor of a long page easily exceeds Django's 1,000-field default.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A localized 403 page that never reads the request body again (core/views.py says why).
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# --- Cache -------------------------------------------------------------------

# Redis fails open (core.cache.FailOpenRedisCache): unreachable, it is a miss
# for every read and the site keeps answering from the database. The short
# timeouts make "unreachable" cost milliseconds per call instead of the
# operating system's connect timeout; Redis next to the application answers
# in well under one.
REDIS_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": env.str("REDIS_URL"),
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="participation"),
            "TIMEOUT": env.int("CACHE_TIMEOUT", default=300),
            "OPTIONS": REDIS_OPTIONS,
        }
    }

# --- Whole-page cache (core.page_cache, core.purge) -----------------------------

# Anonymous visitors get public pages: browsers keep them PAGE_CACHE_MAX_AGE
# seconds (then revalidate with ETag/Last-Modified), the in-app cache and a
# proxy PAGE_CACHE_S_MAXAGE seconds, or until an editor's change purges them.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", default=60)
PAGE_CACHE_S_MAXAGE = env.int("PAGE_CACHE_S_MAXAGE", default=600)
# Only these views are cached: Wagtail's pages (with their routes), the
# sitemap, robots.txt; search results, forms' endpoints and the admin never.
PAGE_CACHE_URL_NAMES = ["wagtail_serve", "sitemap", "robots_txt"]
# Widgets (widgets.urls) are the same for every visitor, so they are cached too.
PAGE_CACHE_URL_NAMES += [
    "widget_survey",
    "widget_project",
    "widget_projects",
    "widget_events",
    "widget_news",
]
# Paths that never even look into the cache.
PAGE_CACHE_EXCLUDED_PATHS = [r"^/admin/"]
# Requests carrying these cookies (and the session cookie) are answered afresh.
PAGE_CACHE_BYPASS_COOKIES = ["messages"]
# The proxy to purge (deploy/varnish/default.vcl): PAGE_CACHE_PURGE_URL, e.g.
# http://127.0.0.1:6081; without it only the in-app cache is purged.
WAGTAILFRONTENDCACHE = {}
if env.str("PAGE_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "core.purge.VarnishBackend",
            "LOCATION": env.str("PAGE_CACHE_PURGE_URL"),
        }
    }
# core.purge names every language's address itself; Wagtail would otherwise
# swap the language prefix of a Polish address, which misses translated slugs.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Search ------------------------------------------------------------------

# Pages index their lemmas (core.text_analysis): PostgreSQL must not stem them
# again, so its text-search configuration is the language-neutral "simple"
# (SQLite's FTS tokenizer needs no setting). Changing it needs `update_index`.
# search.backends.database (search app): Wagtail's database backend, with
# lemma vectors and ts_rank_cd + title, lead and phrase boosts on PostgreSQL.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"},
}

# Days the counted searches of Reports → Search statistics are kept
# (`manage.py purge_search_statistics`, daily): queries may contain names.
SEARCH_STATISTICS_RETENTION_DAYS = env.int("SEARCH_STATISTICS_RETENTION_DAYS", default=180)

# --- Security headers (enforced in every environment, so that a template
# that needs an inline script fails in development, not in production) ------

CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # Video embeds chosen by editors (EmbedBlock) are the only framed content.
    "frame-src": [
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}
# The Wagtail admin still relies on inline styles and scripts, so it is sent
# without this policy (it is behind a login); the public site always gets it.
CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES = ["/admin/"]
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- E-mail ------------------------------------------------------------------

DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="partycypacja@example.org")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# Seconds an SMTP connection may block; without it a mail server that
# accepts and never answers holds the sending worker indefinitely.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# --- Background work (core.mail) ----------------------------------------------

# E-mail and Wagtail's own tasks (search index, reference index) go through
# the `default` queue. Here they run at once, in the process that enqueues
# them; production.py stores them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Seconds to wait before each new attempt of an e-mail that could not be
# sent; once they are used up the task stays FAILED (Reports → Background tasks).
EMAIL_RETRY_DELAYS = [60, 300, 1800, 7200]

# --- Wagtail -----------------------------------------------------------------

WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Kraków Decyduje")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Editors may embed videos from YouTube and Vimeo only: the Content-Security-
# Policy (frame-src) and the cookie notice name exactly these two services.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]},
]
# Wagtail's responsive wrapper uses an inline style, which the Content-Security-
# Policy forbids; the CSS gives embedded frames their 16:9 shape instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
# Editors (issue #13): no Gravatar avatars in the admin. Each one sent an
# editor's e-mail hash to gravatar.com and broke offline; Wagtail shows its
# default avatar (or an uploaded one) instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# reCAPTCHA v3 keys for public forms; without them forms run without
# reCAPTCHA (development), so the keys are optional here.
RECAPTCHA_PUBLIC_KEY = env.str("RECAPTCHA_PUBLIC_KEY", default="")
RECAPTCHA_PRIVATE_KEY = env.str("RECAPTCHA_PRIVATE_KEY", default="")
RECAPTCHA_REQUIRED_SCORE = env.float("RECAPTCHA_REQUIRED_SCORE", default=0.5)
if RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY:
    # Google's api.js loads its code from gstatic and runs the check in a
    # hidden frame; these are the sources Google's reCAPTCHA FAQ lists for a
    # CSP. It sends no fetch/XHR from the page, so connect-src stays 'self'.
    CONTENT_SECURITY_POLICY["script-src"] += [
        "https://www.google.com/recaptcha/",
        "https://www.gstatic.com/recaptcha/",
    ]
    CONTENT_SECURITY_POLICY["frame-src"] += [
        "https://www.google.com/recaptcha/",
        "https://recaptcha.google.com/recaptcha/",
    ]
SILENCED_SYSTEM_CHECKS = [
    # django-recaptcha warns about its test keys when no keys are set; the
    # portal runs without reCAPTCHA in that case on purpose.
    "django_recaptcha.recaptcha_test_key_error",
]


# --- Logs (core.logging) --------------------------------------------------------

# One line per event on standard error, with the request's id; plain text
# here, JSON lines in production (LOG_FORMAT=json|plain). No line carries an
# IP address, an e-mail address or a resident's answer.
LOGGING = logging_config(
    env.str("LOG_FORMAT", default="plain"), env.str("LOG_LEVEL", default="INFO")
)
DEFAULT_PUBLISHING_UNIT = env.str(
    "DEFAULT_PUBLISHING_UNIT", default="Biuro ds. Partycypacji Społecznej"
)

# Outside production WhiteNoise serves straight from the app and project
# folders, so no collectstatic is needed to run or test the site.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# --- Spam protection (core.antispam) -------------------------------------------

# Reverse proxies in front of the application that append to X-Forwarded-For;
# 0 means the client connects directly and REMOTE_ADDR is its address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Per client address and hour: sent surveys, and every POST of the survey flow.
# Raise them for consultation points where many residents share one address.
SURVEY_SUBMISSIONS_PER_HOUR = env.int("SURVEY_SUBMISSIONS_PER_HOUR", default=30)
SURVEY_STEPS_PER_HOUR = env.int("SURVEY_STEPS_PER_HOUR", default=300)
