"""Production settings: refuse unsafe start-up, pass check --deploy, use Redis."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def example_environment():
    """The variables of .env.example, with the blank secret filled in as an operator would."""
    values = {}
    for line in (BASE_DIR / ".env.example").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    values["SECRET_KEY"] = secrets.token_urlsafe(64)
    return values


# Variables of the test process that must not leak into a "production" process:
# the browser tests allow async-unsafe ORM calls while Playwright runs.
NOT_INHERITED = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_manage(*args, environment):
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_example_documents_every_variable_the_settings_read():
    documented = (BASE_DIR / ".env.example").read_text()
    settings_source = "".join(
        path.read_text() for path in (BASE_DIR / "config" / "settings").glob("*.py")
    )
    read = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', settings_source))
    assert {name for name in read if f"{name}=" not in documented} == set()


def test_check_deploy_is_clean_with_the_example_values():
    environment = example_environment()
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", environment=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"]
)
def test_production_refuses_to_start_without_a_required_variable(missing):
    environment = example_environment()
    environment[missing] = ""
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "Production settings need these environment variables" in result.stderr
    assert missing in result.stderr.splitlines()[-1]


def test_production_settings_are_safe():
    environment = example_environment()
    code = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0, s.X_FRAME_OPTIONS,"
        " s.STORAGES['staticfiles']['BACKEND'].rsplit('.', 1)[-1],"
        " 'unsafe-inline' in str(s.CONTENT_SECURITY_POLICY))"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-9:] == [
        "False",
        "True",
        "True",
        "True",
        "True",
        "True",
        "DENY",
        "CompressedManifestStaticFilesStorage",
        "False",
    ]


def test_ssl_redirect_can_be_switched_off_behind_a_tls_proxy():
    environment = example_environment()
    environment.update(SECURE_SSL_REDIRECT="False", SECURE_PROXY_SSL_HEADER_ENABLED="True")
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER)"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert "False ('HTTP_X_FORWARDED_PROTO', 'https')" in result.stdout


def test_elasticsearch_backend_selected_when_url_is_set():
    environment = example_environment()
    environment["ELASTICSEARCH_URL"] = "http://127.0.0.1:9200"
    code = (
        "from django.conf import settings as s;"
        "print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.stdout.strip().endswith("wagtail.search.backends.elasticsearch9")
    environment["ELASTICSEARCH_URL"] = ""
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.stdout.strip().endswith("wagtail.search.backends.database")


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="REDIS_URL is not set: the production cache needs a Redis server (CI sets it).",
)
def test_production_cache_is_redis_and_round_trips():
    environment = example_environment()
    environment["REDIS_URL"] = os.environ["REDIS_URL"]
    environment["CACHE_KEY_PREFIX"] = f"test-{secrets.token_hex(4)}"
    code = (
        "from django.core.cache import caches;"
        "cache = caches['default'];"
        "cache.set('probe', 'zażółć', 30);"
        "print(type(cache).__name__, cache.get('probe'));"
        "cache.delete('probe')"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("RedisCache zażółć")
