"""Districts and topics in the reader's language, one query per list."""

from wagtail.models import Locale

from taxonomies.models import Term


def vocabulary_in_locale(model: type[Term], locale: Locale) -> list[Term]:
    """Every district (or topic) once, in `locale` where translated, else in another language.

    Filter forms list these; a topic editors have not translated yet still
    appears, under its original name, instead of disappearing from the form.

    Args:
        model: District or Topic.
        locale: the Locale the visitor reads in.

    Returns:
        One object per translation key, in the model's ordering.
    """
    by_key = {}
    for item in model.objects.select_related("locale").order_by(*model._meta.ordering):
        known = by_key.get(item.translation_key)
        if known is None or item.locale_id == locale.pk:
            by_key[item.translation_key] = item
    ordering = model._meta.ordering
    return sorted(by_key.values(), key=lambda item: [getattr(item, name) for name in ordering])
