"""Views of the site frame: language redirect, robots.txt, error pages."""

from django.http import HttpResponse, HttpResponseRedirect
from django.template import loader
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
def root_redirect(request):
    """Send `/` to the visitor's language: cookie, then Accept-Language, then Polish."""
    language = get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Keep crawlers out of the admin and search results; point them to the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Result pages of a search are endless and say nothing new.
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    """The localized 404 page, in the language of the URL's prefix."""
    template = loader.get_template("404.html")
    return HttpResponse(template.render({"request_path": request.path}, request), status=404)


def server_error(request):
    """The 500 page: a self-contained template that needs no database."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)
