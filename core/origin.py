"""Where a POST comes from, for public forms that need no cookie.

Django's CSRF protection ties a form to a cookie. Two public forms here take
no cookie: the "Was this page useful?" poll (on every page, which is cached
whole) and the surveys (which residents who block cookies must be able to
answer). They check instead that the browser's `Origin` header, or failing
that its `Referer`, names this site; surveys add a signed, expiring token per
rendered form (surveys.flow). core.cookieless_forms lets survey pages past
Django's CSRF check.

Imports nothing of Wagtail's, so models' modules may import it while they load.
"""

from urllib.parse import urlsplit

from django.conf import settings


def allowed_origins(request):
    """The site's own origin plus any origins configured as trusted for forms."""
    return {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def origin_of(url):
    """scheme://host[:port] of a URL, or "null" (which matches no origin) if it has none."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[": an unbalanced IPv6 bracket
        return "null"
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "null"


def request_origin(request):
    """The origin the browser says the POST came from: Origin, else Referer's; None if neither."""
    origin = request.headers.get("Origin")
    if origin is None and request.headers.get("Referer"):
        origin = origin_of(request.headers["Referer"])
    return origin


def foreign_origin(request):
    """Whether the browser named an origin (Origin or Referer) that is not this site's.

    A request naming none is not foreign: the caller decides whether to accept it.
    """
    origin = request_origin(request)
    return origin is not None and origin not in allowed_origins(request)
