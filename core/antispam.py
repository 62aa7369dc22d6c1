"""Spam protection shared by the public forms: a honeypot field and a per-IP rate limit.

The client's IP address is only ever used here, hashed, as a cache key that
expires with the limit's window; it is never stored with what residents
send (see the surveys and the page-feedback poll).

The limits count in the shared cache (Redis in production), so they hold
across workers. While the cache cannot be reached they count in the memory
of each worker process instead: the limit then applies per process (with N
workers a client may get up to N times the limit), which still stops a
flood, where counting nothing would let it through and failing would turn
every form into a 500.
"""

import hashlib
import threading
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from core.cache import CacheUnavailable

# Named like a field people expect, so that bots fill it in; hidden from
# people (CSS and aria-hidden) and from the keyboard (tabindex -1).
HONEYPOT_FIELD_NAME = "website"


class HoneypotField(forms.CharField):
    """A text field no person sees: any value in it marks the submission as spam."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1", "class": "honeypot"}),
        )
        super().__init__(**kwargs)


def honeypot_filled(data):
    """Whether the submitted data has anything in the honeypot field."""
    return bool((data.get(HONEYPOT_FIELD_NAME) or "").strip())


def client_ip(request):
    """The client's address, taking the configured number of trusted proxies into account.

    Behind N reverse proxies (settings.TRUSTED_PROXY_COUNT), the client is the
    N-th address from the right of X-Forwarded-For; anything further left
    was written by the client and cannot be trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class LocalCounters:
    """Fixed-window counters in this process's memory, for when the shared cache is down.

    Bounded: past `max_keys` addresses, expired windows are dropped first and
    then the oldest ones, so a spray of addresses cannot exhaust memory.
    """

    def __init__(self, max_keys=10_000):
        self.max_keys = max_keys
        self._lock = threading.Lock()
        self._windows = {}

    def hit(self, key, window):
        """Count one request under `key`; return the count within the current window."""
        now = time.monotonic()
        with self._lock:
            ends, count = self._windows.pop(key, (0.0, 0))
            if ends <= now:
                ends, count = now + window, 0
            # Re-inserted at the end: the dict's order is the order of last use.
            self._windows[key] = (ends, count + 1)
            if len(self._windows) > self.max_keys:
                self._evict(now)
            return count + 1

    def forget(self, key):
        with self._lock:
            self._windows.pop(key, None)

    def _evict(self, now):
        for stale in [key for key, (ends, _count) in self._windows.items() if ends <= now]:
            del self._windows[stale]
        while len(self._windows) > self.max_keys:
            del self._windows[next(iter(self._windows))]


local_counters = LocalCounters()


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` requests per `window` seconds from one address, per `scope`."""

    scope: str
    limit: int
    window: int

    def _key(self, request):
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[
            :32
        ]
        return f"ratelimit:{self.scope}:{digest}"

    def hit(self, request):
        """Count one request; return False when the address is over the limit."""
        key = self._key(request)
        try:
            count = self._count_in_cache(key)
        except CacheUnavailable:
            count = local_counters.hit(key, self.window)
        return count <= self.limit

    def _count_in_cache(self, key):
        # add() only sets the key when it is absent, so the window starts at
        # the first request and is not extended by later ones. With the
        # cache down add() quietly does nothing and incr() raises
        # CacheUnavailable (core.cache.FailOpenRedisCache).
        cache.add(key, 0, timeout=self.window)
        try:
            return cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this is a new window.
            cache.set(key, 1, timeout=self.window)
            return 1

    def reset(self, request):
        key = self._key(request)
        cache.delete(key)
        local_counters.forget(key)
