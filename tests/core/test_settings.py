"""Production settings: refuse unsafe start-up, pass check --deploy, use Redis; .env.example."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import environ
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def read_by_django_environ(path):
    """The variables of a .env file as the settings read it (base.py's read_env)."""

    class Reader(environ.Env):
        # read_env() writes into ENVIRON; a dict of its own keeps os.environ untouched.
        ENVIRON = {}

    Reader.read_env(path, overwrite=True)
    return dict(Reader.ENVIRON)


def example_environment():
    """The variables of .env.example, with the blank secret filled in as an operator would."""
    values = read_by_django_environ(BASE_DIR / ".env.example")
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


def test_production_reconnects_after_a_database_restart_and_bounds_smtp_waits():
    environment = example_environment()
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['CONN_HEALTH_CHECKS'],"
        " s.DATABASES['default']['CONN_MAX_AGE'], s.EMAIL_TIMEOUT)"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["True", "60", "10"]
    environment["EMAIL_TIMEOUT"] = "3"
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.stdout.split()[-1] == "3"


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
    # The portal's own Elasticsearch backend (search/elasticsearch/: lemmas and analysers).
    assert result.stdout.strip().endswith("search.elasticsearch.backend")
    environment["ELASTICSEARCH_URL"] = ""
    result = run_manage("shell", "-c", code, environment=environment)
    # Without a cluster: the database backend with the lemma ranking (search/backends/).
    assert result.stdout.strip().endswith("search.backends.database")


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
    assert result.stdout.strip().endswith("FailOpenRedisCache zażółć")


def test_production_redis_gives_up_within_milliseconds():
    environment = example_environment()
    environment["REDIS_URL"] = "redis://127.0.0.1:6390/0"
    code = (
        "from django.conf import settings as s;"
        "o = s.CACHES['default']['OPTIONS'];"
        "print(o['socket_connect_timeout'], o['socket_timeout'])"
    )
    result = run_manage("shell", "-c", code, environment=environment)
    assert result.returncode == 0, result.stderr
    connect, read = map(float, result.stdout.split()[-2:])
    assert 0 < connect <= 0.5 and 0 < read <= 1


def test_trusted_proxy_count_is_zero_as_shipped():
    # With 1 and no proxy, a client picks its own address in X-Forwarded-For.
    assert example_environment()["TRUSTED_PROXY_COUNT"] == "0"


def read_by_shell(shell):
    """The variables .env.example defines, as `set -a; . ./.env.example` exports them."""
    result = subprocess.run(
        [shell, "-c", "set -a; . ./.env.example; set +a; env -0"],
        cwd=BASE_DIR,
        # Nothing inherited, so every variable printed comes from the file
        # (PATH is kept for `env`; the file does not define it).
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b"", result.stderr.decode()
    pairs = (item.partition("=") for item in result.stdout.decode().split("\0") if item)
    return {name: value for name, _, value in pairs}


@pytest.mark.parametrize("shell", ["bash", "sh"])
def test_env_example_loads_in_a_shell_as_django_environ_reads_it(shell):
    expected = read_by_django_environ(BASE_DIR / ".env.example")
    exported = read_by_shell(shell)
    assert {name: exported.get(name) for name in expected} == expected
    # The values that need their quotes, read whole by both.
    assert exported["WAGTAIL_SITE_NAME"] == expected["WAGTAIL_SITE_NAME"] == "Kraków Decyduje"
    assert expected["DEFAULT_PUBLISHING_UNIT"] == "Biuro ds. Partycypacji Społecznej"
