"""The widget views: compact pages made to be framed by partners' websites.

Each answers with its own Content-Security-Policy (frame-ancestors from the
allowlist, widgets.policy) and without X-Frame-Options; the page cache
(core.page_cache, PAGE_CACHE_URL_NAMES) caches them for anonymous visitors
like any public page, since none depends on the visitor or their cookies.
Filters and options are plain GET parameters; a wrong one is a localized 400.
"""

from functools import partial
from urllib.parse import urlencode

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Locale

from core.antispam import RateLimit
from core.origin import foreign_origin, request_origin
from surveys.embedding import EmbedTemplates, serve_embedded

from . import selectors
from .models import WidgetKind
from .policy import Theme, ThemeError, frame_for, theme_from
from .stats import embedding_origin, stat_increment

SURVEY_TEMPLATES = EmbedTemplates(
    step="widgets/survey_step.html",
    message="widgets/survey_message.html",
    landing="widgets/survey_landing.html",
)
# Impressions per address and hour: far above any real reader, low enough to stop inflating.
HIT_LIMIT = RateLimit(scope="widget-hit", limit=600, window=60 * 60)


def _options(request) -> dict:
    """The display options to keep in the widget's own links and form address."""
    return {key: request.GET[key] for key in ("theme", "accent") if request.GET.get(key)}


def _render(request, kind: str, template: str, context: dict, theme: Theme, status=200):
    response = TemplateResponse(
        request,
        template,
        {"theme": theme, "theme_css": theme.stylesheet(), "kind": kind, **context},
        status=status,
    )
    return frame_for(request, response, kind, styles=[theme.stylesheet()])


def _error(request, kind: str, message: str, theme: Theme | None = None):
    """A localized 400 inside the widget, framed like the widget so the partner sees why."""
    theme = theme or theme_from(None, None)
    return _render(request, kind, "widgets/error.html", {"message": message}, theme, status=400)


def _list_view(kind: str, template: str, build):
    @xframe_options_exempt
    @require_safe
    def view(request):
        try:
            theme = theme_from(request.GET.get("theme"), request.GET.get("accent"))
        except ThemeError as error:
            return _error(request, kind, str(error))
        try:
            context = build(request.GET, Locale.get_active())
        except selectors.WidgetFilterError as error:
            return _error(request, kind, str(error), theme)
        context["object_id"] = 0
        if context.get("index") is not None:
            query = context.get("index_query")
            context["full_url"] = context["index"].get_full_url(request) + (
                f"?{urlencode(query)}" if query else ""
            )
        return _render(request, kind, template, context, theme)

    view.__name__ = f"{kind}_widget"
    return view


projects = _list_view(WidgetKind.PROJECTS, "widgets/projects.html", selectors.projects_list)
events = _list_view(WidgetKind.EVENTS, "widgets/events.html", selectors.events_list)
news = _list_view(WidgetKind.NEWS, "widgets/news.html", selectors.news_list)


@xframe_options_exempt
@require_safe
def project(request, page_id):
    try:
        theme = theme_from(request.GET.get("theme"), request.GET.get("accent"))
    except ThemeError as error:
        return _error(request, WidgetKind.PROJECT, str(error))
    card = selectors.project_card(page_id, Locale.get_active())
    context = {"project": card, "object_id": page_id, "full_url": card.get_full_url(request)}
    return _render(request, WidgetKind.PROJECT, "widgets/project.html", context, theme)


# No CSRF cookie can reach a third-party iframe: the survey flow checks its own
# POSTs (signed expiring token, Origin/Referer, honeypot, rate limits), as on the site.
@csrf_exempt
@xframe_options_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def survey(request, page_id):
    try:
        theme = theme_from(request.GET.get("theme"), request.GET.get("accent"))
    except ThemeError as error:
        return _error(request, WidgetKind.SURVEY, str(error))
    page = selectors.survey_page(page_id, Locale.get_active())
    # The embedding site, carried by the form from the first screen (widget.js fills it in).
    origin = embedding_origin(request.POST.get("embed_origin")) if request.method == "POST" else ""
    options = _options(request)
    context = {
        "theme": theme,
        "theme_css": theme.stylesheet(),
        "kind": WidgetKind.SURVEY,
        "object_id": page_id,
        "full_url": page.get_full_url(request),
        "form_action": request.path + (f"?{urlencode(options)}" if options else ""),
        "embed_origin": "" if origin == "unknown" else origin,
    }
    count = partial(
        stat_increment,
        kind=WidgetKind.SURVEY,
        object_id=page_id,
        origin=origin or "unknown",
        counter="submissions",
    )
    response = serve_embedded(
        request, page, templates=SURVEY_TEMPLATES, context=context, on_submission=count
    )
    return frame_for(request, response, WidgetKind.SURVEY, styles=[theme.stylesheet()])


@csrf_exempt
@require_POST
def hit(request):
    """One impression, sent by widget.js from inside the widget (cached pages reach no view).

    The embedding origin comes from the widget's document.referrer (the
    partner's page); only its scheme://host[:port] is kept.
    """
    if request_origin(request) is None or foreign_origin(request):
        return HttpResponse(status=403)
    if not HIT_LIMIT.hit(request):
        return HttpResponse(status=429)
    kind = request.POST.get("kind", "")
    object_id = request.POST.get("id", "0")
    if kind not in WidgetKind.values or not object_id.isdigit() or len(object_id) > 10:
        return HttpResponse(status=400)
    stat_increment(
        kind=kind,
        object_id=int(object_id),
        origin=embedding_origin(request.POST.get("origin")),
        counter="impressions",
    )
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
