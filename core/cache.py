"""A Redis cache that fails open: with Redis unreachable the site answers, uncached.

The cache only ever holds copies (Wagtail's site root paths, rendered
fragments, rate-limit counters), so when Redis cannot be reached a read is a
miss and a write or delete is skipped, and the page is built from the
database instead of answering 500. Only connection and timeout errors are
treated so; anything else (a bad key, a value that cannot be pickled, a
Redis error reply) is a bug or a misconfiguration and still raises.

A counter has no such safe answer: reporting "no such key" from incr() would
silently restart every count. incr() and decr() raise CacheUnavailable
instead, and the caller (core.antispam.RateLimit) counts some other way.
"""

import contextlib
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What "Redis cannot be reached" looks like in redis-py (refused, reset,
# unresolvable host, wrong password, loading its data set, socket timeouts).
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class CacheUnavailable(Exception):
    """The cache server cannot be reached; raised only where no fail-open answer is safe."""


class OncePerInterval:
    """Logs a warning at most once per interval per process, counting what it held back.

    Django keeps one cache object per thread, so the throttle lives at module
    level: a dead Redis under a busy multi-threaded worker still writes one
    line a minute, not one per request.
    """

    def __init__(self, interval):
        self.interval = interval
        self._lock = threading.Lock()
        self.reset()

    def reset(self):
        """Forget the last warning (tests start from a quiet process)."""
        self._next_allowed = 0.0
        self._held_back = 0

    def warn(self, error):
        now = time.monotonic()
        with self._lock:
            if now < self._next_allowed:
                self._held_back += 1
                return
            held_back, self._held_back = self._held_back, 0
            self._next_allowed = now + self.interval
        logger.warning(
            "Cache unavailable, serving without it (%s: %s); %d more failures since the last "
            "warning. Next warning in %d s at the earliest.",
            type(error).__name__,
            error,
            held_back,
            self.interval,
        )


unavailable_warning = OncePerInterval(interval=60)


@contextlib.contextmanager
def _fail_open():
    """Swallow a connection or timeout error after logging it; the caller returns its miss."""
    try:
        yield
    except UNREACHABLE as error:
        unavailable_warning.warn(error)


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, keeping one `redis.Redis` per connection pool (issue #12).

    Django builds a new `redis.Redis` for every cache operation, and its
    constructor copies some 170 response callbacks each time: about a third
    of a millisecond of CPU per read, most of what a page-cache hit costs.
    A `redis.Redis` is safe to share between threads; the pool stays Django's.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    """django.core.cache.backends.redis.RedisCache that answers a miss when Redis is down.

    Reads return the default (or nothing found), writes and deletes do
    nothing, add() and touch() report False; incr()/decr() raise
    CacheUnavailable. Set socket_connect_timeout and socket_timeout in
    OPTIONS so that finding Redis down takes milliseconds.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _fail_open():
            return super().add(key, value, timeout=timeout, version=version)
        return False

    def get(self, key, default=None, version=None):
        with _fail_open():
            return super().get(key, default=default, version=version)
        return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _fail_open():
            super().set(key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        with _fail_open():
            return super().touch(key, timeout=timeout, version=version)
        return False

    def delete(self, key, version=None):
        with _fail_open():
            return super().delete(key, version=version)
        return False

    def get_many(self, keys, version=None):
        with _fail_open():
            return super().get_many(keys, version=version)
        return {}

    def has_key(self, key, version=None):
        with _fail_open():
            return super().has_key(key, version=version)
        return False

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        with _fail_open():
            return super().set_many(data, timeout=timeout, version=version)
        # Django's contract: the keys that could not be stored.
        return list(data)

    def delete_many(self, keys, version=None):
        with _fail_open():
            super().delete_many(keys, version=version)

    def clear(self):
        with _fail_open():
            return super().clear()
        return False

    def incr(self, key, delta=1, version=None):
        # decr() goes through here as well.
        try:
            return super().incr(key, delta=delta, version=version)
        except UNREACHABLE as error:
            unavailable_warning.warn(error)
            raise CacheUnavailable(str(error)) from error
