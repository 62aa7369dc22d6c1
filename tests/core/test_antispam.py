"""The per-address rate limit: in the shared cache, or per process while the cache is down."""

import os
import secrets

import pytest
from django.core.cache import cache

from config.settings.base import REDIS_OPTIONS
from core import antispam
from core.antispam import LocalCounters, RateLimit, client_ip
from core.cache import unavailable_warning

LIMIT = RateLimit(scope="test", limit=3, window=60)


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
def counters(monkeypatch):
    """A fresh process: no local counts, no warning given."""
    unavailable_warning.reset()
    fresh = LocalCounters()
    monkeypatch.setattr(antispam, "local_counters", fresh)
    return fresh


@pytest.fixture
def redis_down(settings):
    settings.CACHES = fail_open_cache("redis://127.0.0.1:6390/0")


@pytest.fixture
def redis_up(settings, rf):
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: this needs the Redis server of the test run.")
    settings.CACHES = fail_open_cache(os.environ["REDIS_URL"])
    yield
    LIMIT.reset(rf.post("/", REMOTE_ADDR="192.0.2.1"))


def hits(rf, limit, count, address="192.0.2.1"):
    return [limit.hit(rf.post("/", REMOTE_ADDR=address)) for _ in range(count)]


def test_counts_in_redis_when_it_is_up(rf, redis_up, counters):
    assert hits(rf, LIMIT, 4) == [True, True, True, False]
    assert cache.get(LIMIT._key(rf.post("/", REMOTE_ADDR="192.0.2.1"))) == 4
    assert counters._windows == {}


def test_counts_per_process_when_redis_is_down(rf, redis_down, counters):
    assert hits(rf, LIMIT, 4) == [True, True, True, False]
    assert hits(rf, LIMIT, 1, address="192.0.2.2") == [True]
    assert len(counters._windows) == 2


def test_reset_forgets_the_local_count_too(rf, redis_down):
    hits(rf, LIMIT, 4)
    LIMIT.reset(rf.post("/", REMOTE_ADDR="192.0.2.1"))
    assert hits(rf, LIMIT, 1) == [True]


def test_local_window_ends_after_its_seconds(monkeypatch):
    counters = LocalCounters()
    now = [1000.0]
    monkeypatch.setattr("core.antispam.time.monotonic", lambda: now[0])
    assert [counters.hit("k", window=60) for _ in range(3)] == [1, 2, 3]
    now[0] += 59
    assert counters.hit("k", window=60) == 4
    now[0] += 2
    assert counters.hit("k", window=60) == 1


def test_local_counters_stay_bounded_and_keep_the_recent():
    counters = LocalCounters(max_keys=3)
    for key in "abcde":
        counters.hit(key, window=60)
    counters.hit("c", window=60)
    assert list(counters._windows) == ["d", "e", "c"]
    assert len(counters._windows) == 3
    assert counters.hit("c", window=60) == 3


def test_forwarded_for_is_ignored_without_trusted_proxies(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = rf.get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert client_ip(request) == "192.0.2.1"


def test_one_trusted_proxy_takes_the_address_it_appended(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.9, 192.0.2.1")
    assert client_ip(request) == "192.0.2.1"
