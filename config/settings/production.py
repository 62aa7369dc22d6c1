"""Production: every secret and endpoint comes from the environment.

Nothing here falls back to an unsafe value: without SECRET_KEY,
ALLOWED_HOSTS or DATABASE_URL the process stops with a message that names
the missing variable.
"""

from django.core.exceptions import ImproperlyConfigured

from core.logging import init_sentry, logging_config

from .base import *  # noqa: F403
from .base import env

# WAGTAILADMIN_BASE_URL is the public address: links in moderation e-mails
# and the host of the first Site come from it.
REQUIRED_VARIABLES = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL")


def require_environment(names):
    """Stop start-up with one clear message listing every missing variable."""
    missing = [name for name in names if not env.str(name, default="").strip()]
    if missing:
        raise ImproperlyConfigured(
            "Production settings need these environment variables: "
            + ", ".join(missing)
            + ". See .env.example for what each one means."
        )


require_environment(REQUIRED_VARIABLES)

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# --- HTTPS -------------------------------------------------------------------

# Behind a TLS-terminating proxy the proxy redirects to HTTPS itself; set
# SECURE_SSL_REDIRECT=False there and SECURE_PROXY_SSL_HEADER_ENABLED=True.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
if env.bool("SECURE_PROXY_SSL_HEADER_ENABLED", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# --- Static files: hashed names, compressed, served by WhiteNoise -------------

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The cache is Redis whenever REDIS_URL is set: see base.py.

# --- Search ------------------------------------------------------------------

# search.elasticsearch.backend: Wagtail's Elasticsearch 9 backend (the
# `elasticsearch` 9.x client) with the lemma fields, per-language sub-fields
# (plugins analysis-stempel and analysis-ukrainian) and the query of
# search/elasticsearch/; see docs/search.md.
if env.str("ELASTICSEARCH_URL", default=""):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch.backend",
            "URLS": [env.str("ELASTICSEARCH_URL")],
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="participation_"),
            "TIMEOUT": env.int("ELASTICSEARCH_TIMEOUT", default=10),
        }
    }

# --- E-mail ------------------------------------------------------------------

_email = env.email_url("EMAIL_URL", default="smtp://localhost:25")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
ADMINS = [("Operator", address) for address in env.list("ADMIN_EMAILS", default=[])]

# --- Background work ---------------------------------------------------------

# Tasks (e-mail, search and reference index updates) are stored in the
# database within the request's transaction and run by `manage.py db_worker`,
# so a slow or hanging mail server never holds a request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Every e-mail, Django's and Wagtail's own too (password resets, moderation
# notices), leaves through that queue; the worker delivers with EMAIL_URL's backend.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"

# --- Sign-in protection (accounts) ---------------------------------------------

# Superusers cannot use the admin before they enrol an authenticator app
# (ADMIN_REQUIRE_2FA=False only while setting up a new installation).
ADMIN_REQUIRE_2FA = env.bool("ADMIN_REQUIRE_2FA", default=True)


# --- Logs and error reports (core.logging) --------------------------------------

# JSON lines for the log collector; LOG_FORMAT=plain for a person reading them.
LOGGING = logging_config(
    env.str("LOG_FORMAT", default="json"), env.str("LOG_LEVEL", default="INFO")
)

# Error reports go to Sentry only when SENTRY_DSN is set; they carry no
# request body, cookie, IP address or local variable (core.logging.scrub_sentry_event).
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    init_sentry(
        SENTRY_DSN,
        release=env.str("SENTRY_RELEASE", default=""),
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
    )

# Production serves the hashed files that collectstatic wrote.
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
