"""Whole-page caching for anonymous visitors: the headers, and a cache inside the application.

What may be cached is decided in one place, `response_is_public()`: a 200
answer to a GET or HEAD of a Wagtail page (or the sitemap, or robots.txt)
for a request that carries no session or message cookie, which sets no
cookie, does not vary on `Cookie`, and whose view did not already say
`private`, `no-cache` or `no-store`. Such a response gets
`Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE, s-maxage=PAGE_CACHE_S_MAXAGE`,
an `ETag` and a `Last-Modified`, and a conditional request for it is
answered 304. Everything else that has no `Cache-Control` of its own is
sent `private, no-store`: pages for signed-in editors, forms with the
visitor's own token, the admin, search results, anything setting a cookie.

No rule names an app of ours: a form whose page is the same for everyone
(and sets no cookie) is cached like any page; a form carrying per-visitor
state says so by setting a cookie, `Vary: Cookie` or `Cache-Control: no-store`.

The in-app cache keeps public responses in Django's cache (Redis in
production, failing open; per-process memory in development) keyed by
scheme, host and full path, and by the values of whatever headers the
response varies on. A hit is answered from one round trip to the cache (the
generation and the page's entry read together with `get_many`) and no
database query. Every entry carries the *generation* it was stored in, a
random token that `purge_all()` replaces: core.purge calls it after every
change to what pages show (see there why all pages at once); an entry of an
older generation is a miss.

Placement (config/settings/base.py): after SecurityMiddleware (the HTTPS
redirect comes first), WhiteNoise (static files never reach it) and the
Content-Security-Policy middleware (which adds its header to hits as well),
and before SessionMiddleware, LocaleMiddleware and everything else: a hit
skips them all. Because it sits outside them, the response it stores is
final: the session's `Vary: Cookie`, the CSRF cookie and the message
cookie are all visible to it.
"""

import hashlib
import re
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    get_max_age,
    has_vary_header,
    patch_cache_control,
)
from django.utils.http import http_date, parse_http_date_safe

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache"
HIT_HEADER = "X-Page-Cache"
# Directives by which a view (or Wagtail, for restricted pages) keeps its
# answer out of shared caches; such a response is left exactly as it is.
NOT_SHARED = {"private", "no-cache", "no-store"}


@dataclass(frozen=True)
class PageCacheSettings:
    """The PAGE_CACHE_* settings, read once per process."""

    enabled: bool
    max_age: int
    s_maxage: int
    url_names: frozenset[str]
    excluded_paths: tuple[re.Pattern, ...]
    bypass_cookies: tuple[str, ...]

    @classmethod
    def from_settings(cls) -> "PageCacheSettings":
        return cls(
            enabled=settings.PAGE_CACHE_ENABLED,
            max_age=settings.PAGE_CACHE_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_S_MAXAGE,
            url_names=frozenset(settings.PAGE_CACHE_URL_NAMES),
            excluded_paths=tuple(
                re.compile(pattern) for pattern in settings.PAGE_CACHE_EXCLUDED_PATHS
            ),
            bypass_cookies=(settings.SESSION_COOKIE_NAME, *settings.PAGE_CACHE_BYPASS_COOKIES),
        )


def request_is_anonymous(request: HttpRequest, config: PageCacheSettings) -> bool:
    """A safe request without the cookies that make a page personal (session, messages).

    Only the cookie is looked at, never `request.user`: reading the user
    would load the session and make every answer vary on `Cookie`. Without
    a session cookie nobody is signed in and no page password was entered.
    """
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in config.bypass_cookies):
        return False
    return not any(pattern.search(request.path_info) for pattern in config.excluded_paths)


def _cache_control_directives(response: HttpResponse) -> set[str]:
    value = response.headers.get("Cache-Control", "")
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(value) if part}


def response_is_public(
    request: HttpRequest, response: HttpResponse, config: PageCacheSettings
) -> bool:
    """Whether the response is the same for every anonymous visitor, so any cache may keep it."""
    match = getattr(request, "resolver_match", None)
    return (
        request_is_anonymous(request, config)
        and response.status_code == 200
        and not response.streaming
        and match is not None
        and match.url_name in config.url_names
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and not has_vary_header(response, "*")
        and not (_cache_control_directives(response) & NOT_SHARED)
    )


def make_public(
    response: HttpResponse, config: PageCacheSettings, *, last_modified: int | None = None
) -> None:
    """Cache-Control, ETag and Last-Modified of a public response; a view's own max-age stays.

    Args:
        response: the public response, changed in place.
        config: the page cache settings.
        last_modified: epoch seconds since which nothing was purged (the
            generation's start), so a rebuilt page keeps its date; now if None.
    """
    directives = _cache_control_directives(response)
    patch_cache_control(response, public=True)
    if "max-age" not in directives:
        patch_cache_control(response, max_age=config.max_age)
    if "s-maxage" not in directives and "max-age" not in directives:
        patch_cache_control(response, s_maxage=config.s_maxage)
    if not response.has_header("ETag"):
        digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        response.headers["ETag"] = f'"{digest}"'
    if not response.has_header("Last-Modified"):
        response.headers["Last-Modified"] = http_date(last_modified)


def cache_until(response: HttpResponse, moment, *, now=None) -> None:
    """Let caches keep `response` no later than `moment`, when what it shows changes by itself.

    A survey opening or closing changes its page without an edit, so no purge
    comes: the page limits its own lifetime instead. Nothing changes when
    `moment` is None, past, or further away than the configured lifetimes.

    Args:
        response: the response about to be sent, changed in place.
        moment: an aware datetime, or None.
        now: the current time (tests).
    """
    if moment is None or _cache_control_directives(response) & NOT_SHARED:
        return
    seconds = int((moment - (now or timezone.now())).total_seconds())
    config = PageCacheSettings.from_settings()
    if seconds < 0 or seconds >= config.s_maxage:
        return
    patch_cache_control(response, max_age=min(config.max_age, seconds), s_maxage=seconds)


def make_private(response: HttpResponse) -> None:
    """Keep a response out of shared caches and browsers' stores, unless its view decided."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)


def shared_lifetime(response: HttpResponse, config: PageCacheSettings) -> int:
    """Seconds a shared cache may keep the response: s-maxage, else max-age."""
    match = re.search(r"s-maxage=(\d+)", response.headers.get("Cache-Control", ""))
    if match:
        return int(match.group(1))
    max_age = get_max_age(response)
    return config.s_maxage if max_age is None else max_age


# --- The in-app cache --------------------------------------------------------------


def _new_generation() -> str:
    # A random token, and when it started: no page has changed since then.
    return f"{uuid.uuid4().hex}-{int(time.time())}"


def current_generation() -> str | None:
    """The token every key carries now; None when the cache cannot be reached."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # First use, or the key was evicted: start a new generation, which
        # orphans whatever an earlier one stored. add() keeps concurrent
        # starters on one token.
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def generation_started(generation: str | None) -> int | None:
    """When the generation began (epoch seconds): the pages' Last-Modified."""
    if generation is None:
        return None
    return int(generation.rsplit("-", 1)[1])


def purge_all() -> None:
    """Forget every page in the in-app cache at once: the next request of each is built afresh."""
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)


def _url_key(request: HttpRequest) -> str | None:
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # CommonMiddleware answers 400 for it.
    url = f"{request.scheme}://{host}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"{KEY_PREFIX}:{digest}"


def _variant_key(url_key: str, token: str, request: HttpRequest, vary: tuple[str, ...]) -> str:
    values = "\n".join(f"{name}:{request.headers.get(name, '')}" for name in vary)
    return f"{url_key}:{token}:{hashlib.sha256(values.encode()).hexdigest()}"


def _vary_names(response: HttpResponse) -> tuple[str, ...]:
    if not response.has_header("Vary"):
        return ()
    return tuple(sorted({name.strip().lower() for name in cc_delim_re.split(response["Vary"])}))


def _freeze(response: HttpResponse) -> tuple:
    headers = [(name, value) for name, value in response.headers.items() if name != HIT_HEADER]
    return (response.status_code, headers, response.content)


def _thaw(frozen: tuple) -> HttpResponse:
    status, headers, content = frozen
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


def cache_fetch(request: HttpRequest) -> HttpResponse | None:
    """The stored response for this request, or None (a miss, or the cache is down).

    The generation and the URL's entry come in one round trip; an entry stored
    in another generation was purged since.
    """
    url_key = _url_key(request)
    if url_key is None:
        return None
    found = cache.get_many([GENERATION_KEY, url_key])
    entry = found.get(url_key)
    if entry is None or entry[0] != found.get(GENERATION_KEY):
        return None
    _generation, vary, token, frozen = entry
    if not vary:
        return _thaw(frozen)
    frozen = cache.get(_variant_key(url_key, token, request, vary))
    return None if frozen is None else _thaw(frozen)


def cache_store(request: HttpRequest, response: HttpResponse, timeout: int) -> None:
    """Keep a public response; one entry per URL, one more per variant when it varies."""
    if timeout <= 0:
        return
    generation = current_generation()
    if generation is None:
        return
    url_key = _url_key(request)
    if url_key is None:
        return
    vary = _vary_names(response)
    if not vary:
        cache.set(url_key, (generation, (), "", _freeze(response)), timeout)
        return
    # The URL's entry names the headers and a token; the variants live under
    # keys with that token, so a new entry never finds an older one's variants.
    entry = cache.get(url_key)
    if entry is None or entry[0] != generation or entry[1] != vary:
        entry = (generation, vary, uuid.uuid4().hex, None)
        cache.set(url_key, entry, timeout)
    cache.set(_variant_key(url_key, entry[2], request, vary), _freeze(response), timeout)


def answer_conditionally(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """304 Not Modified when the visitor's copy (If-None-Match / If-Modified-Since) is current."""
    return get_conditional_response(
        request,
        etag=response.headers.get("ETag"),
        last_modified=parse_http_date_safe(response.headers.get("Last-Modified", "")),
        response=response,
    )


class PageCacheMiddleware:
    """Public headers and the in-app cache for anonymous visitors; `private, no-store` otherwise.

    See the module's docstring for what counts as public and where this
    middleware belongs in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.config = PageCacheSettings.from_settings()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        config = self.config
        use_cache = config.enabled and request_is_anonymous(request, config)
        if use_cache:
            cached = cache_fetch(request)
            if cached is not None:
                cached.headers[HIT_HEADER] = "hit"
                return answer_conditionally(request, cached)

        response = self.get_response(request)
        if not response_is_public(request, response, config):
            make_private(response)
            return response
        generation = current_generation() if config.enabled else None
        make_public(response, config, last_modified=generation_started(generation))
        if use_cache and request.method == "GET":
            cache_store(request, response, shared_lifetime(response, config))
            response.headers[HIT_HEADER] = "miss"
        return answer_conditionally(request, response)
