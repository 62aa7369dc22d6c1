"""Spam protection shared by the public forms: a honeypot field and a per-IP rate limit.

The client's IP address is only ever used here, hashed, as a cache key that
expires with the limit's window; it is never stored with what residents
send (see the surveys and the page-feedback poll).
"""

import hashlib
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

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
        # add() only sets the key when it is absent, so the window starts at
        # the first request and is not extended by later ones.
        cache.add(key, 0, timeout=self.window)
        try:
            count = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this is a new window.
            cache.set(key, 1, timeout=self.window)
            count = 1
        return count <= self.limit

    def reset(self, request):
        cache.delete(self._key(request))
