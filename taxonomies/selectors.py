"""Districts and topics in the reader's language, from the cache (taxonomies.cache)."""

from django.utils.translation import get_language
from wagtail.models import Locale

from taxonomies.cache import cached_terms
from taxonomies.models import District, Term


def _vocabulary_from_database(model: type[Term], locale_id: int) -> list[Term]:
    by_key = {}
    for item in model.objects.select_related("locale").order_by(*model._meta.ordering):
        known = by_key.get(item.translation_key)
        if known is None or item.locale_id == locale_id:
            by_key[item.translation_key] = item
    ordering = model._meta.ordering
    return sorted(by_key.values(), key=lambda item: [getattr(item, name) for name in ordering])


def vocabulary_in_locale(model: type[Term], locale: Locale) -> list[Term]:
    """Every district (or topic) once, in `locale` where translated, else in another language.

    Filter forms list these; a topic editors have not translated yet still
    appears, under its original name, instead of disappearing from the form.
    No query while the cache holds the list.

    Args:
        model: District or Topic.
        locale: the Locale the visitor reads in.

    Returns:
        One object per translation key, in the model's ordering.
    """
    return cached_terms(
        f"{model._meta.model_name}:{locale.pk}",
        lambda: _vocabulary_from_database(model, locale.pk),
    )


def terms_by_key(model: type[Term], locale: Locale) -> dict:
    """{translation_key: the term in `locale`, else in another language} of a vocabulary.

    Swaps a project's districts and topics into the reader's language
    without a query (projects.selectors.attach_terms).
    """
    return {term.translation_key: term for term in vocabulary_in_locale(model, locale)}


def district_choices(locale_id: int) -> tuple[tuple[str, str], ...]:
    """(slug, title) of the districts written in the locale, by number: survey questions' options.

    Args:
        locale_id: the survey page's locale.
    """

    def build():
        districts = District.objects.filter(locale=locale_id).order_by("number")
        return tuple((district.slug, district.title) for district in districts)

    # The title's "District" is translated into the active language, so it is part of the key.
    return cached_terms(f"district-choices:{locale_id}:{get_language()}", build)
