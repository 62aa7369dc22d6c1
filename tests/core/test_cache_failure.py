"""With Redis unreachable the site keeps answering: the cache fails open (core.cache).

"Down" is the real backend pointed at a closed port on this machine (and,
for a hung Redis, at a socket that accepts and never answers); "up" is the
Redis server of the test run (REDIS_URL). The shared server is never stopped.
"""

import logging
import os
import pickle
import secrets
import socket
import threading
import time

import pytest
from django.core.cache import cache, caches
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from config.settings.base import REDIS_OPTIONS
from core import antispam
from core.cache import CacheUnavailable, FailOpenRedisCache, unavailable_warning
from surveys.models import SurveyResponse
from surveys.spam import SUBMIT_LIMIT
from tests.factories import ContentPageFactory
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory
from tests.surveys.helpers import send

CLOSED_PORT = "redis://127.0.0.1:6390/0"


def fail_open_cache(location, **options):
    return {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"test-{secrets.token_hex(4)}",
            "OPTIONS": {**REDIS_OPTIONS, **options},
        }
    }


@pytest.fixture(autouse=True)
def quiet_process(monkeypatch):
    """Each test starts as a fresh worker: no warning given yet, no local counts."""
    unavailable_warning.reset()
    monkeypatch.setattr(antispam, "local_counters", antispam.LocalCounters())


@pytest.fixture
def redis_down(settings):
    # Changing CACHES through the settings fixture sends setting_changed,
    # on which Django drops its cache handlers, so `cache` is rebuilt from it.
    settings.CACHES = fail_open_cache(CLOSED_PORT)
    assert isinstance(caches["default"], FailOpenRedisCache)


@pytest.fixture
def redis_up(settings):
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: this needs the Redis server of the test run.")
    settings.CACHES = fail_open_cache(os.environ["REDIS_URL"])
    written = []
    yield written
    # Never clear(): that would empty the shared server's database.
    cache.delete_many(written)
    cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)


@pytest.fixture
def content(homes):
    return ContentPageFactory(parent=homes["pl"], title="Budżet obywatelski", slug="budzet")


@pytest.fixture
def survey(home_pl):
    return SurveyPageFactory(parent=SurveyIndexPageFactory(parent=home_pl))


def records_of_core_cache(caplog):
    return [record for record in caplog.records if record.name == "core.cache"]


# --- The backend by itself ----------------------------------------------------


def test_every_read_misses_and_every_write_is_skipped_when_redis_is_down(redis_down):
    assert cache.get("key") is None
    assert cache.get("key", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("key") is False
    assert cache.add("key", 1) is False
    assert cache.set("key", 1) is None
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.touch("key") is False
    assert cache.delete("key") is False
    assert cache.delete_many(["a", "b"]) is None
    assert cache.clear() is False
    assert cache.get_or_set("key", lambda: "computed") == "computed"


def test_a_counter_says_the_cache_is_unavailable_instead_of_restarting(redis_down):
    # "No such key" (ValueError) would make every caller start a new count.
    with pytest.raises(CacheUnavailable):
        cache.incr("counter")
    with pytest.raises(CacheUnavailable):
        cache.decr("counter")


def test_programming_errors_are_not_swallowed(redis_down):
    # The value is serialised before Redis is contacted: a bug, down or not.
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        cache.set("key", lambda: None)


def test_redis_error_replies_still_raise(redis_up):
    from redis.exceptions import ResponseError

    redis_up.append("text")
    cache.set("text", "not a number")
    with pytest.raises(ResponseError):
        cache.incr("text")


def test_a_redis_that_accepts_and_never_answers_costs_under_a_second(settings):
    # A listening socket nobody reads from: the kernel completes the
    # connection and the request then waits for an answer that never comes.
    # The read runs in a thread so that, without the socket timeout, the test
    # fails instead of hanging.
    answers = []
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        port = hung.getsockname()[1]
        settings.CACHES = fail_open_cache(f"redis://127.0.0.1:{port}/0")
        reader = threading.Thread(
            target=lambda: answers.append(caches["default"].get("key", "fallback")), daemon=True
        )
        started = time.monotonic()
        reader.start()
        reader.join(timeout=5)
        elapsed = time.monotonic() - started
    assert answers == ["fallback"]
    assert elapsed < 1.5


def test_redis_up_round_trips_with_the_fail_open_backend(redis_up):
    assert isinstance(caches["default"], FailOpenRedisCache)
    redis_up.append("probe")
    cache.set("probe", "zażółć", 30)
    assert cache.get("probe") == "zażółć"
    assert cache.add("probe", "other") is False
    redis_up.append("counter")
    assert cache.add("counter", 0, 30) is True
    assert cache.incr("counter") == 1


# --- The site with Redis down -------------------------------------------------


@pytest.mark.django_db
def test_public_pages_answer_while_redis_is_down(client, redis_down, content, survey):
    for url in ["/pl/", content.url, "/pl/szukaj/?query=bud%C5%BCet", survey.url]:
        response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.django_db
def test_the_warning_is_logged_once_for_many_requests(client, redis_down, content, caplog):
    # Creating the page already met the dead cache; the requests start afresh.
    unavailable_warning.reset()
    caplog.clear()
    caplog.set_level(logging.WARNING, logger="core.cache")
    for _ in range(5):
        assert client.get(content.url).status_code == 200
    warnings = records_of_core_cache(caplog)
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING
    assert "Cache unavailable" in warnings[0].getMessage()


@pytest.mark.django_db
def test_the_warning_comes_again_after_a_minute(redis_down, caplog, monkeypatch):
    caplog.set_level(logging.WARNING, logger="core.cache")
    cache.get("key")
    cache.get("key")
    later = time.monotonic() + 61
    monkeypatch.setattr("core.cache.time.monotonic", lambda: later)
    cache.get("key")
    warnings = records_of_core_cache(caplog)
    assert len(warnings) == 2
    assert "1 more failures since the last warning" in warnings[1].getMessage()


@pytest.mark.django_db
def test_a_survey_is_stored_while_redis_is_down(client, redis_down, survey):
    response = send(client, survey, {"opinion": "Więcej ławek"})
    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 1


@pytest.mark.django_db
def test_the_survey_limit_holds_per_process_while_redis_is_down(client, redis_down, survey):
    for _ in range(SUBMIT_LIMIT.limit):
        assert send(client, survey, {"opinion": "Tak"}).status_code == 200
    assert send(client, survey, {"opinion": "Jeszcze"}).status_code == 429
    assert SurveyResponse.objects.count() == SUBMIT_LIMIT.limit


@pytest.mark.django_db
def test_pages_are_cached_in_redis_when_it_is_up(client, redis_up, content, caplog):
    caplog.set_level(logging.WARNING, logger="core.cache")
    assert client.get(content.url).status_code == 200
    # Wagtail keeps the site's root paths in the cache on the first request.
    assert cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    assert records_of_core_cache(caplog) == []
