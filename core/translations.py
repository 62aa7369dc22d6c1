"""The one way to show translatable objects in the reader's language; locales once per request.

Wagtail looks the active Locale up by language code wherever it needs it
(routing through `Page.localized`, `Locale.get_active()`, the frame's home
page), and each page reads its own `locale` row again: four or five queries
of a two-row table per page. `locale_for_language` keeps the Locales found
during a request (`request_started` empties the memo, `request_finished`
drops it, CoreConfig.ready connects both and routes Wagtail's
`LocaleManager.get_for_language` through it), and `attach_locale` gives the
served page its Locale from there (the `before_serve_page` hook). Outside a
request (commands, the worker) nothing is kept.
"""

from collections.abc import Iterable
from contextvars import ContextVar

from django.db.models import QuerySet
from wagtail.models import Locale, Page
from wagtail.models.i18n import LocaleManager

# {language code or id: Locale} of the current request; None outside requests.
_request_locales: ContextVar[dict | None] = ContextVar("request_locales", default=None)
_wagtail_get_for_language = LocaleManager.get_for_language


def on_request_started(**kwargs) -> None:
    """A request begins: no Locale is known yet."""
    _request_locales.set({})


def on_request_finished(**kwargs) -> None:
    """A request ends: forget its Locales (an admin may add or remove one before the next)."""
    _request_locales.set(None)


def locale_for_language(manager: LocaleManager, language_code: str) -> Locale:
    """`LocaleManager.get_for_language`, looked up once per language code per request.

    Raises Locale.DoesNotExist as Wagtail's does (and remembers nothing then).
    """
    memo = _request_locales.get()
    if memo is None:
        return _wagtail_get_for_language(manager, language_code)
    key = ("code", language_code)
    if key not in memo:
        locale = _wagtail_get_for_language(manager, language_code)
        memo[key] = memo[("id", locale.pk)] = locale
    return memo[key]


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
