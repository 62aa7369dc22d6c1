"""Test run: fast hashing, in-memory e-mail, the database search backend.

DATABASE_URL selects PostgreSQL (as in CI); without it SQLite is used.
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///:memory:")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}
}
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default="/tmp/participation-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests keep their cache per process; the Redis configuration of production
# is exercised by tests/core/test_settings.py against the real server.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The whole-page cache runs in tests as in production (tests/conftest.py
# empties the cache before each test); no proxy is purged unless a test
# names one (tests/deploy).
PAGE_CACHE_ENABLED = True
WAGTAILFRONTENDCACHE = {}
