"""Template tags of the site frame: navigation, breadcrumbs, language switcher, head links.

What every page shares comes from `core.frame_cache` (cached per site and
language); what depends on the page (its translations, its ancestors) costs
one query each per request.
"""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.frame_cache import get_frame, page_translations
from core.models.pages import routed_pages
from core.translations import localized_pages

register = template.Library()

# The page fields that stand in for a missing search description, first found wins.
DESCRIPTION_FIELDS = ("lead", "intro", "summary", "hero_text")
DESCRIPTION_LENGTH = 160


def _request(context):
    return context.get("request")


@register.simple_tag(takes_context=True)
def site_frame(context):
    """The cached frame of the request's site in the active language (core.frame_cache.Frame)."""
    request = _request(context)
    return get_frame(request) if request is not None else None


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page and the menu's sections, the current page and section flagged."""
    request = _request(context)
    frame = get_frame(request) if request is not None else None
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    for link in frame.navigation if frame else []:
        items.append(
            {
                "link": link,
                "is_current": link.path == current_path,
                "is_section": bool(current_path) and current_path.startswith(link.path),
            }
        )
    home = frame.home if frame else None
    return {
        "home": home,
        "home_is_current": home is not None and home.path == current_path,
        "items": items,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (none on the home page)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    # depth 1 is the tree root, which has no URL of its own.
    paths = [page.path[: depth * page.steplen] for depth in range(2, page.depth)]
    # Routing read them already when it served this page (core.models.pages.routed_pages).
    routed = routed_pages(_request(context)) or {}
    if all(path in routed for path in paths):
        return {"ancestors": [routed[path] for path in paths], "page": page}
    ancestors = (
        page.get_ancestors().filter(depth__gt=1).only("id", "title", "path", "depth", "url_path")
    )
    return {"ancestors": ancestors, "page": page}


def alternate_urls(context) -> dict[str, str]:
    """The address of what is shown, by language: the page's translations, or a view's own.

    Views that are not pages may put `alternate_urls` ({code: url}) in the
    context (the HTML sitemap does).
    """
    request = _request(context)
    if context.get("alternate_urls"):
        return dict(context["alternate_urls"])
    page = context.get("page")
    return {
        code: url
        for code, translation in page_translations(request, page).items()
        if (url := translation.get_url(request)) is not None
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the page's own translation where there is one.

    A page not yet translated links to that language's home page; views
    that are not pages (search, 404) link to the same path under the
    other language's prefix.
    """
    request = _request(context)
    frame = get_frame(request)
    translations = alternate_urls(context)
    is_page = isinstance(context.get("page"), Page)
    current_language = get_language()
    languages = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]
        elif is_page and frame is not None and code in frame.home_urls:
            url = frame.home_urls[code]
        else:
            url = translate_url(request.get_full_path(), code)
        languages.append(
            {
                "code": code,
                "short": SHORT_LANGUAGE_LABELS.get(code, code.upper()),
                "name": name,
                "url": url,
                "is_current": code == current_language,
            }
        )
    return {"languages": languages}


# Shown on phones instead of the full name; "UA" rather than "UK", which
# readers take for the United Kingdom.
SHORT_LANGUAGE_LABELS = {"pl": "PL", "en": "EN", "uk": "UA"}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """hreflang links to every language version, x-default naming the Polish one."""
    request = _request(context)
    urls = alternate_urls(context)
    links = [
        {"hreflang": code, "href": request.build_absolute_uri(urls[code])}
        for code, _name in settings.LANGUAGES
        if code in urls
    ]
    if len(links) < 2:
        return {"links": []}  # One language only: nothing to point to.
    if settings.LANGUAGE_CODE in urls:
        links.append(
            {
                "hreflang": "x-default",
                "href": request.build_absolute_uri(urls[settings.LANGUAGE_CODE]),
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    """The page's absolute address on the host the request came to (its Wagtail Site).

    `page.full_url` would name the Site record's hostname and port, which
    differ from the address the visitor used behind a proxy or on another port.
    """
    request = _request(context)
    page = page or context.get("page")
    if not isinstance(page, Page):
        return request.build_absolute_uri(request.path)
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute against the request's scheme and host."""
    return _request(context).build_absolute_uri(url)


def meta_description_of(page) -> str:
    """The page's search description, else its lead, introduction or summary, as plain text.

    Args:
        page: a specific page (or anything else, which has none).

    Returns:
        At most DESCRIPTION_LENGTH characters, cut at a word; "" when there is no text.
    """
    if page is None:
        return ""
    text = getattr(page, "search_description", "") or ""
    if not text and hasattr(page, "get_social_description"):
        text = page.get_social_description() or ""
    for name in DESCRIPTION_FIELDS:
        if text:
            break
        value = getattr(page, name, "")
        # Rich text (survey introductions) is a string of HTML, stripped below.
        text = value if isinstance(value, str) else ""
    text = " ".join(strip_tags(text).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH)


@register.simple_tag(takes_context=True)
def meta_description(context, page=None):
    """The description for <meta name="description">, see meta_description_of."""
    return meta_description_of(page if page is not None else context.get("page"))


@register.simple_tag
def html_sitemap_url(language=None):
    """The address of the HTML site map in a language (the active one by default)."""
    language = language or get_language() or settings.LANGUAGE_CODE
    try:
        return reverse(f"html_sitemap_{language}")
    except NoReverseMatch:
        return reverse(f"html_sitemap_{settings.LANGUAGE_CODE}")


@register.inclusion_tag("includes/feed_links.html")
def feed_links():
    """<link rel="alternate"> to the Atom feeds of news and events in the active language."""
    feeds = []
    for name in ("news_feed", "events_feed"):
        try:
            feeds.append({"name": name, "url": reverse(name)})
        except NoReverseMatch:
            continue  # The app serving it is not installed.
    return {"feeds": feeds}


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of a page's translation in the current language (falls back to the page)."""
    if page is None:
        return ""
    frame = get_frame(_request(context))
    if frame is None or frame.locale_id is None:
        return page.get_url(_request(context))
    locale = Locale.objects.get(pk=frame.locale_id)
    return localized_pages([page], locale)[0].get_url(_request(context))


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the current language."""
    request = _request(context)
    frame = get_frame(request) if request is not None else None
    return frame.home.url if frame and frame.home else "/"


@register.simple_tag
def office_language():
    """The language the untranslated site settings (address) are written in.

    Templates mark them with this language (WCAG 3.1.2, language of parts)
    on pages in other languages.
    """
    return settings.LANGUAGE_CODE


# Open Graph wants a territory with the language (ll_TT).
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


@register.simple_tag
def open_graph_locale(language_code):
    """The og:locale value of a language code, e.g. 'uk' -> 'uk_UA'."""
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)
