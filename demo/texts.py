"""Trilingual text values of the demo content and the memory of their translations.

Every piece of demo text is written once in Polish, English and Ukrainian
(`Text`). Polish goes into the pages; the English and Ukrainian versions are
handed to wagtail-localize string by string, so the memory below is keyed
the way wagtail-localize stores source strings (`StringValue.data`).
"""

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wagtail_localize.strings import StringValue, extract_strings

from .errors import DemoContentError

SOURCE_LANGUAGE = "pl"
TARGET_LANGUAGES = ("en", "uk")
LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


@dataclass(frozen=True)
class Text:
    """One piece of demo text in every content language.

    `html` marks rich text: one or more block elements (<p>, <ul>...), whose
    translatable strings are the contents of each element, as wagtail-localize
    segments them.
    """

    pl: str
    en: str
    uk: str
    html: bool = False

    def get(self, language_code):
        """The text in one language."""
        return getattr(self, language_code)


def t(pl, en, uk):
    """Plain text in Polish, English and Ukrainian."""
    return Text(pl, en, uk)


def p(pl, en, uk):
    """One rich-text paragraph; inline <b>, <i> and <a href> are allowed inside."""
    return Text(*(f"<p>{text}</p>" for text in (pl, en, uk)), html=True)


def bullets(*items):
    """A rich-text bulleted list made of `t()` items."""
    html = {
        language: "<ul>" + "".join(f"<li>{item.get(language)}</li>" for item in items) + "</ul>"
        for language in LANGUAGES
    }
    return Text(**html, html=True)


def join_html(texts, language_code):
    """The rich-text value of a block made of several `p()`/`bullets()` parts."""
    return "".join(text.get(language_code) for text in texts)


def iter_texts(value) -> Iterator[Text]:
    """Every `Text` inside a content spec: dataclasses, lists and tuples are walked."""
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from iter_texts(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_texts(item)


def _source_strings(text, language_code):
    """The strings wagtail-localize extracts from `text` in one language."""
    value = text.get(language_code)
    if text.html:
        _template, strings = extract_strings(value)
        return [string.data for string, _attrs in strings]
    return [StringValue.from_plaintext(value).data]


class TranslationMemory:
    """Maps each Polish source string to its English and Ukrainian versions.

    Built from the content specs before anything is written, so that a
    mismatch (a paragraph with a different number of list items in one
    language, one Polish string translated in two ways) stops the command
    before it touches the database.
    """

    def __init__(self, texts: Iterable[Text]):
        self._strings: dict[str, dict[str, str]] = {}
        for text in texts:
            self.add(text)

    def add(self, text):
        """Remember the translations of every string in `text`."""
        sources = _source_strings(text, SOURCE_LANGUAGE)
        targets = {language: _source_strings(text, language) for language in TARGET_LANGUAGES}
        for language, strings in targets.items():
            if not all(strings) or len(strings) != len(sources):
                raise DemoContentError(
                    f"The {language} version of {text.pl!r} does not match the Polish one "
                    f"string for string."
                )
        for index, source in enumerate(sources):
            translations = {language: targets[language][index] for language in TARGET_LANGUAGES}
            known = self._strings.setdefault(source, translations)
            if known != translations:
                raise DemoContentError(f"{source!r} is translated in two different ways.")

    def translate(self, source, language_code):
        """The translation of one source string, or None when the content has none."""
        return self._strings.get(source, {}).get(language_code)

    def __len__(self):
        return len(self._strings)
