"""Views of the site frame: language redirect, robots.txt, error pages."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template import loader
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
def root_redirect(request):
    """Send `/` to the visitor's language: cookie, then Accept-Language, then Polish."""
    language = get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def _search_paths():
    """The search page's address in every language (the route is named "search")."""
    paths = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            try:
                paths.append(reverse("search"))
            except NoReverseMatch:
                continue
    return paths


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Keep crawlers out of the admin and search results; point them to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Result pages of a search are endless and say nothing new. The search
        # page has an address per language; /*/search/ also covers the old
        # addresses and the autocomplete endpoint.
        "Disallow: /*/search/",
        *(f"Disallow: {path}" for path in _search_paths() if not path.endswith("/search/")),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Why the site's own 400 and 403 handlers instead of Django's: Django wraps
# its defaults in `requires_csrf_token`, which checks the CSRF token again and
# so reads request.POST again. When the body itself was the problem (a
# non-UTF-8 charset, broken multipart), that second read raises once more
# inside the error handler and the visitor gets a 500. These handlers never
# touch the body, and they mark it unreadable so nothing after them tries.


def _forget_body(request):
    """Make request.POST an empty QueryDict from now on, without parsing the body again."""
    mark = getattr(request, "_mark_post_parse_error", None)
    if callable(mark) and request.method == "POST":
        mark()


def _wants_json(request):
    """Whether the client asked for JSON first (scripts of the site do; browsers ask for HTML)."""
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def error_page(request, *, status, title, message):
    """The localized error page (templates/<status>.html), or JSON for a script.

    Args:
        request: the request that failed; its body is not read.
        status: 400, 403 or 413.
        title: the page's heading.
        message: one sentence saying what went wrong and what to do.

    Returns:
        An HttpResponse with that status.
    """
    _forget_body(request)
    if _wants_json(request):
        return JsonResponse({"error": str(message)}, status=status)
    template = loader.get_template(f"{400 if status == 413 else status}.html")
    context = {"title": title, "message": message, "request_path": request.path}
    return HttpResponse(template.render(context, request), status=status)


def bad_request(request, exception=None):
    """400 (413 for an oversized body): the request could not be read, whatever it carried."""
    if isinstance(exception, RequestDataTooBig):
        return error_page(
            request,
            status=413,
            title=_("The form is too large"),
            message=_(
                "What you sent is larger than this website accepts. "
                "Please shorten your answers and send them again."
            ),
        )
    return error_page(
        request,
        status=400,
        title=_("The request could not be read"),
        message=_(
            "Your browser sent something this website cannot read. "
            "Please go back, reload the page and try again."
        ),
    )


def permission_denied(request, exception=None):
    """403: the visitor may not do or see this."""
    return error_page(
        request,
        status=403,
        title=_("Access denied"),
        message=_("You do not have permission to see this page or to send this form."),
    )


def csrf_failure(request, reason=""):
    """403 of a form sent without its security token (CSRF_FAILURE_VIEW).

    The reason stays in the log: it is meant for developers, not residents.
    """
    return error_page(
        request,
        status=403,
        title=_("The form could not be sent"),
        message=_(
            "The form's security check failed: it may have been open for too long, "
            "or your browser blocks the cookies this form needs. Please go back, "
            "reload the page and send the form again."
        ),
    )


def page_not_found(request, exception=None):
    """The localized 404 page, in the language of the URL's prefix."""
    template = loader.get_template("404.html")
    return HttpResponse(template.render({"request_path": request.path}, request), status=404)


def server_error(request):
    """The 500 page: a self-contained template that needs no database."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)
