"""Template tags of the site frame: navigation, breadcrumbs, language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from core.translations import localized_pages

register = template.Library()


def current_home(request):
    """The home page in the language of the request (the site root's translation).

    The header, footer and language switcher all need it; it is looked up
    once per request and language, and kept on the request.
    """
    language = get_language()
    cache = request.__dict__.setdefault("_home_by_language", {})
    if language not in cache:
        cache[language] = find_home(request, language)
    return cache[language]


def find_home(request, language):
    """The site root's live translation in `language`, or the root itself."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.objects.get_for_language(language)
    except Locale.DoesNotExist:
        return root
    return root.get_translation_or_none(locale) or root


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The home page and its children marked 'show in menus', current item flagged."""
    request = context["request"]
    home = current_home(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = []
    if home is not None:
        items = list(home.get_children().live().public().in_menu())
    for item in items:
        item.is_section_of_current = bool(current_path) and current_path.startswith(item.path)
    return {"home": home, "items": items, "current_path": current_path}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (none on the home page)."""
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    # depth 1 is the tree root, which has no URL of its own.
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return {"ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the page's own translation where there is one.

    A page not yet translated links to that language's home page; views
    that are not pages (search, 404) link to the same path under the
    other language's prefix.
    """
    request = context["request"]
    page = context.get("page")
    current_language = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    homes = {}
    if page is not None and len(translations) < len(settings.LANGUAGES):
        home = current_home(request)
        if home is not None:
            for translated_home in (
                home.get_translations(inclusive=True).live().select_related("locale")
            ):
                homes[translated_home.locale.language_code] = translated_home
    languages = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        elif code in homes:
            url = homes[code].get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        languages.append(
            {"code": code, "name": name, "url": url, "is_current": code == current_language}
        )
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """The URL of a page's translation in the current language (falls back to the page)."""
    if page is None:
        return ""
    home = current_home(context["request"])
    locale = home.locale if home is not None else page.locale
    return localized_pages([page], locale)[0].get_url(context["request"])


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the current language."""
    home = current_home(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.simple_tag
def office_language():
    """The language the site settings (office name, address) are written in.

    They are not translated, so templates mark them with this language
    (WCAG 3.1.2, language of parts) on pages in other languages.
    """
    return settings.LANGUAGE_CODE


# Open Graph wants a territory with the language (ll_TT).
OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB", "uk": "uk_UA"}


@register.simple_tag
def open_graph_locale(language_code):
    """The og:locale value of a language code, e.g. 'uk' -> 'uk_UA'."""
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)
