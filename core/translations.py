"""The one way to show translatable objects in the reader's language; locales once per request.

Wagtail looks the active Locale up by language code wherever it needs it
(routing through `Page.localized`, `Locale.get_active()`, the frame's home
page), and each page reads its own `locale` row again: four or five queries
of a two-row table per page. `locale_for_language` keeps the Locales found
during a request (`request_started` empties the memo, `request_finished`
drops it, CoreConfig.ready connects both and routes Wagtail's
`LocaleManager.get_for_language` through it), and `attach_locale` gives the
served page its Locale from there (the `before_serve_page` hook).

The memo is filled from Django's cache, where every Locale row is kept
(`cached_locales`): locales change almost never, and saving or deleting one
drops the cached rows at once and again after the commit
(`forget_locales`, connected by core.frame_cache.connect_signals), so a
request costs no Locale query at all.
"""

from collections.abc import Iterable
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager

# {language code or id: Locale} of the current request; None outside requests.
_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_wagtail_get_for_language = LocaleManager.get_for_language

LOCALES_KEY = "translations:locales:v1"
# A safety net only: saving or deleting a Locale drops the entry.
LOCALES_TIMEOUT = 60 * 60 * 6


def cached_locales() -> dict[str, Locale]:
    """Every Locale by language code, from Django's cache (one query when it has none)."""
    locales = cache.get(LOCALES_KEY)
    if locales is None:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(LOCALES_KEY, locales, LOCALES_TIMEOUT)
    return locales


def forget_locales(*args, **kwargs) -> None:
    """Signal handler: a Locale saved or deleted; drop the cached rows now and after the commit.

    Twice, because a request may read the old rows between the change and
    the commit and store them again.
    """
    cache.delete(LOCALES_KEY)
    transaction.on_commit(lambda: cache.delete(LOCALES_KEY), robust=True)


def on_request_started(**kwargs) -> None:
    """A request begins: no Locale is known yet."""
    _request_locales.set({})


def on_request_finished(**kwargs) -> None:
    """A request ends: forget its Locales (an admin may add or remove one before the next)."""
    _request_locales.set(None)


def locale_for_language(manager: LocaleManager, language_code: str) -> Locale:
    """`LocaleManager.get_for_language` from the cached Locales, kept for the rest of the request.

    Raises Locale.DoesNotExist as Wagtail's does (and remembers nothing then).
    """
    memo = _request_locales.get()
    key = ("code", language_code)
    if memo is not None and key in memo:
        return memo[key]
    # As Wagtail's: "pl-PL" finds the "pl" Locale (LookupError for no content language).
    locale = cached_locales().get(get_supported_content_language_variant(language_code))
    if locale is None:
        locale = _wagtail_get_for_language(manager, language_code)
    if memo is not None:
        memo[key] = memo[("id", locale.pk)] = locale
    return locale


def attach_locale(page: Page) -> None:
    """Give the page being served the Locale this request already read, instead of a query."""
    memo = _request_locales.get()
    if memo is None or not isinstance(page, Page):
        return
    locale = memo.get(("id", page.locale_id))
    if locale is not None:
        # Django's own per-instance cache of a foreign key: page.locale reads it.
        page._state.fields_cache.setdefault("locale", locale)


def in_locale(objects: Iterable, locale: Locale, *, candidates: QuerySet | None = None) -> list:
    """Each object's translation in `locale` where one exists, else the object itself.

    One query for the whole list, instead of `obj.localized` once per item.
    Pages, districts, topics and councillors all keep a `translation_key`
    shared by their translations; pages and snippets that point at the same
    rows in every language (synchronised fields) are swapped here.

    Args:
        objects: translatable objects (any locale), all of one model.
        locale: the Locale the visitor reads in.
        candidates: where translations may be taken from; defaults to every
            object of the model. Pages pass their live, specific pages.

    Returns:
        A list in the same order as `objects`.
    """
    objects = list(objects)
    if not objects:
        return []
    if candidates is None:
        candidates = type(objects[0])._default_manager.all()
    keys = {obj.translation_key for obj in objects}
    found = {
        obj.translation_key: obj
        for obj in candidates.filter(locale=locale, translation_key__in=keys)
    }
    return [found.get(obj.translation_key, obj) for obj in objects]


def localized_pages(pages: Iterable[Page], locale: Locale) -> list[Page]:
    """Each page's live translation in `locale`, else the page itself, as specific pages."""
    return in_locale(pages, locale, candidates=Page.objects.live().specific())
