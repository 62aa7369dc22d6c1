"""The one way to show translatable objects in the reader's language."""

from collections.abc import Iterable

from django.db.models import QuerySet
from wagtail.models import Locale, Page


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
