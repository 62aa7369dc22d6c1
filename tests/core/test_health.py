"""/healthz for load balancers: database and cache status, 200 or 503, JSON, nothing more."""

import json
import os
import secrets
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.urls import reverse

from config.settings.base import REDIS_OPTIONS
from core.cache import unavailable_warning

pytestmark = pytest.mark.django_db

EVERYTHING_OK = {"status": "ok", "database": "ok", "cache": "ok"}


def fail_open_cache(location):
    return {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"test-{secrets.token_hex(4)}",
            "OPTIONS": REDIS_OPTIONS,
        }
    }


@pytest.fixture(autouse=True)
def _quiet_process():
    unavailable_warning.reset()


@pytest.fixture
def redis_up(settings):
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: this needs the Redis server of the test run.")
    settings.CACHES = fail_open_cache(os.environ["REDIS_URL"])


@pytest.fixture
def redis_down(settings):
    settings.CACHES = fail_open_cache("redis://127.0.0.1:6390/0")


def test_ok_with_postgresql_and_redis(client, redis_up):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == EVERYTHING_OK
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_ok_with_the_per_process_cache_of_development(client):
    assert json.loads(client.get("/healthz").content) == EVERYTHING_OK


def test_cache_down_is_503(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "fail", "database": "ok", "cache": "fail"}
    assert "no-store" in response["Cache-Control"]


def test_database_down_is_503(client, redis_up):
    # Stopping PostgreSQL would take the test database (and every other test
    # run sharing the server) down with it. Opening a cursor is where a dead
    # server or a dropped connection first shows up, so only that call fails
    # here, with the error the driver raises then; the view's handling of it
    # is what is tested.
    gone = OperationalError("server closed the connection unexpectedly")
    with mock.patch.object(connections["default"], "cursor", side_effect=gone):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "fail", "database": "fail", "cache": "ok"}


def test_answer_names_no_host_version_or_error(client, redis_down):
    body = client.get("/healthz").content.decode()
    assert set(json.loads(body)) == {"status", "database", "cache"}
    for secret in ("6390", "127.0.0.1", "Error", "redis", "postgres"):
        assert secret not in body


def test_head_works(client):
    response = client.head("/healthz")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_other_methods_are_405(client, method):
    response = getattr(client, method)("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_no_language_prefix_and_no_redirect(client):
    assert reverse("healthz") == "/healthz"
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="uk")
    assert response.status_code == 200
    assert "Location" not in response


def test_a_probe_by_address_over_http_is_answered(client, settings):
    # Load balancers probe each backend at its own address, over plain HTTP:
    # neither the host check nor the HTTPS redirect of production may refuse it.
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/pl/", HTTP_HOST="10.0.0.7").status_code == 400
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert json.loads(response.content) == EVERYTHING_OK


def test_not_in_robots_txt_or_the_sitemap(client, home_pl):
    assert "healthz" not in client.get("/robots.txt").content.decode()
    assert "healthz" not in client.get("/sitemap.xml").content.decode()
