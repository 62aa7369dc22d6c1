"""English and Ukrainian versions of the demo pages, made through wagtail-localize.

For each Polish page, parents first, and each target locale this does what
a translator does in wagtail-localize's editor: the page gets a
TranslationSource and a Translation record, every source string gets a
StringTranslation (taken from the demo content), and the translation is
saved as a page and published. The translated pages therefore stay linked
to their source: editing the Polish page and syncing updates them.

`wagtail_localize.operations.translate_object` is not used: it also saves
the target straight away, with the Polish text as a fallback, which would
add a revision of Polish text published under /en/ and /uk/.
"""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .errors import DemoContentError
from .texts import TARGET_LANGUAGES


def target_locales():
    """The locales the demo content is translated into, as the migrations created them."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    missing = [code for code in TARGET_LANGUAGES if code not in locales]
    if missing:
        raise DemoContentError(f"Locales {missing} do not exist; run `manage.py migrate` first.")
    return [locales[code] for code in TARGET_LANGUAGES]


def translate_pages(pages, memory, user, report):
    """Translate every page into every target locale where it has no translation yet.

    Args:
        pages: Polish pages, parents before children.
        memory: the TranslationMemory holding the demo content's translations.
        user: who translates and publishes.
        report: progress callback.

    Returns:
        The number of translated pages created.
    """
    created = 0
    locales = target_locales()
    for page in pages:
        for locale in locales:
            if page.has_translation(locale):
                continue
            report(f"Translating {page.title!r} into {locale.language_code}…")
            translate_page(page, locale, memory, user)
            created += 1
    return created


def translate_page(page, locale, memory, user):
    """Create, fill in and publish the translation of one page into one locale."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    store_string_translations(source, locale, memory, user)
    # Asked to publish, wagtail-localize defers it to transaction.on_commit:
    # after the whole command, never inside a test's transaction, and with no
    # user in the publish log. Saving a draft and publishing it here avoids all three.
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish(user=user)
    return target


def store_string_translations(source, locale, memory, user):
    """Give every string segment of `source` its translation from the demo content.

    Raises:
        DemoContentError: naming every string the content has no translation
            for, before anything is stored, or a translation wagtail-localize
            rejects (it would otherwise silently fall back to Polish).
    """
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    texts = {
        segment.pk: memory.translate(segment.string.data, locale.language_code)
        for segment in segments
    }
    missing = [segment.string.data for segment in segments if texts[segment.pk] is None]
    if missing:
        listed = "; ".join(repr(string) for string in missing)
        raise DemoContentError(
            f"The demo content has no {locale.language_code} translation for {listed} "
            f"(page {source.object_repr!r})."
        )
    for segment in segments:
        string_translation, _created = StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": texts[segment.pk],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
                # Re-validated on save; a stale flag would hide a fixed string.
                "has_error": False,
                "field_error": "",
            },
        )
        if string_translation.has_error:
            raise DemoContentError(
                f"wagtail-localize rejects the {locale.language_code} translation "
                f"{texts[segment.pk]!r} of {segment.string.data!r}."
            )


def translate_snippet(snippet, locale, memory, user):
    """Create the translation of a translatable snippet into `locale`, unless it exists.

    Works like `translate_page`, for models without revisions: the target is
    saved straight away. Returns the translated instance.
    """
    existing = snippet.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(snippet)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    store_string_translations(source, locale, memory, user)
    translation.save_target(user=user)
    return translation.get_target_instance()
