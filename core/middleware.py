"""Security headers that Django 5.2 does not set by itself, and request checks it misses."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils import translation

ADMIN_PREFIX = "/admin/"


def build_content_security_policy(directives):
    """Serialise a {directive: [sources]} mapping into a header value.

    Args:
        directives: mapping of directive names to lists of source expressions.

    Returns:
        The header value, directives separated by semicolons.
    """
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


class ContentSecurityPolicyMiddleware:
    """Adds the site's Content-Security-Policy to every public response.

    The policy never allows inline scripts or styles, so an injected
    `<script>` cannot run. Paths in CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES
    (the Wagtail admin, whose editor needs inline code) are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header_value = build_content_security_policy(settings.CONTENT_SECURITY_POLICY)
        self.exempt_prefixes = tuple(settings.CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.exempt_prefixes):
            response.headers.setdefault("Content-Security-Policy", self.header_value)
        return response


class AdminDefaultLanguageMiddleware:
    """The admin speaks the office's language unless an editor chose another.

    LocaleMiddleware picks the language of non-prefixed URLs from the
    browser's Accept-Language; for the admin that would make the interface
    follow each editor's browser. Wagtail applies an editor's own choice
    (Account → Preferences) on top of the language activated here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class RejectMalformedContentLengthMiddleware:
    """A Content-Length that is not a non-negative whole number is a 400, not a 500.

    Django reads the header with a bare `int()` when the body is first read,
    so "abc" or "-1" raise ValueError deep inside the view. gunicorn refuses
    such requests itself, but the development server and other WSGI servers
    pass them on. Raising BadRequest here lets the site's localized 400 page
    answer before anything touches the body.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH")
        if length and not (length.isascii() and length.isdigit()):
            raise BadRequest("Malformed Content-Length header.")
        return self.get_response(request)
