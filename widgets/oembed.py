"""The oEmbed 1.0 provider (https://oembed.com/): a pasted page address becomes its widget.

`/oembed/?url=<page>&format=json[&maxwidth=&maxheight=]` answers a `rich`
response whose `html` is the widget's <iframe>, for a live, public survey,
project, event or partner page of this site; 404 for any other address (a
draft, a restricted page, another page type, another site) and 501 for any
format but JSON, as section 2.3.4 of the specification asks.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .embeds import DEFAULT_HEIGHTS, DEFAULT_WIDTH, Embed
from .selectors import widget_target

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _dimension(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    if not value.isdigit() or not 0 < int(value) < 100_000:
        raise ValueError(value)
    return int(value)


def page_for_url(request, url: str):
    """The live, public page at `url` on this site, and its language; Http404 otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
        raise Http404
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments or segments[0] not in LANGUAGE_CODES:
        raise Http404
    language = segments[0]
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            raise Http404 from None
        if match.url_name != "wagtail_serve":
            raise Http404
        path = match.args[0] if match.args else match.kwargs.get("path", "")
        route = Page.route_for_request(request, path)
        # route_for_request caches on the request; this request serves nothing else.
        del request._wagtail_route_for_request
    if route is None:
        raise Http404
    page = route[0]
    if not Page.objects.live().public().filter(pk=page.pk).exists():
        raise Http404
    return page, language


@require_safe
def endpoint(request):
    """The oEmbed endpoint (see the module docstring)."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse(_("Only the JSON format is supported."), status=501)
    try:
        maxwidth = _dimension(request.GET.get("maxwidth"))
        maxheight = _dimension(request.GET.get("maxheight"))
    except ValueError:
        return HttpResponse(_("maxwidth and maxheight must be positive whole numbers."), status=400)
    page, language = page_for_url(request, request.GET.get("url", ""))
    target = widget_target(page)
    if target is None:
        raise Http404
    kind, object_id, options = target
    embed = Embed(kind=kind, language=language, object_id=object_id, options=options)
    width = min(DEFAULT_WIDTH, maxwidth) if maxwidth else DEFAULT_WIDTH
    height = min(DEFAULT_HEIGHTS[kind], maxheight) if maxheight else DEFAULT_HEIGHTS[kind]
    site_root = request.build_absolute_uri(f"/{language}/")
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": settings.WAGTAIL_SITE_NAME,
            "provider_url": site_root,
            "cache_age": settings.PAGE_CACHE_S_MAXAGE,
            "width": width,
            "height": height,
            "html": embed.iframe(request, title=page.title, width=width, height=height),
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = f"public, max-age={settings.PAGE_CACHE_MAX_AGE}"
    # Consumers fetch it from their server, or from a browser on their own site.
    response["Access-Control-Allow-Origin"] = "*"
    return response
