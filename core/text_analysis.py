"""Language analysis for search: words to their lemmas, the same at index and at query time.

Polish and Ukrainian inflect heavily ("budżetowi", "budżetem" and "budżecie" are
all "budżet"), and a form may belong to two words ("budżetowi" is a form of
"budżet" and of "budżetowy"). The analysis happens here, in Python, once, so
that every search backend (SQLite, any PostgreSQL, Elasticsearch) indexes and
matches the same tokens:

- Polish: Morfeusz 2 gives every candidate lemma of a word;
- Ukrainian: pymorphy3 with its Ukrainian dictionaries, every normal form;
- English: the Snowball stemmer;
- any other language, and words a dictionary does not know: the word itself.

Each word's surface form is kept next to its lemmas. Everything is lower-cased
and Latin diacritics are folded after analysis ("budżet" and "budzet" are the
same token; "Płaszowa" → "Płaszów" → "plaszow"); Cyrillic letters are kept
("й" is not "и").

The index side is `analyse_text()` (a page's text to a string of lemma tokens
separated by spaces, which every backend tokenises the same way); the query
side is `analyse_query()` (one set of alternatives per query word).
"""

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import morfeusz2
import pymorphy3
import snowballstemmer
from django.db.models import Manager
from django.utils.encoding import force_str
from wagtail.search import index

# Letters and digits; anything else (punctuation, apostrophes, hyphens) separates words.
WORD_PATTERN = re.compile(r"[^\W_]+")
# Longer "words" are not language (hashes, URLs glued together): kept, not analysed.
MAX_ANALYSED_WORD_LENGTH = 40
# A query of more words than this is cut: nobody types more, and each word is a
# clause of the database query.
MAX_QUERY_WORDS = 32

# Latin letters whose diacritic is not a combining mark in Unicode.
_FOLDED_LETTERS = {"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}

# Names of the indexed methods of pages that hold analysed text (core.models.BasePage).
LEMMA_FIELD_NAMES = frozenset({"search_lemmas", "search_title_lemmas"})
# Elasticsearch must not analyse the analysed text again: the built-in
# whitespace analyzer splits it into exactly the tokens made here.
ELASTICSEARCH_LEMMA_MAPPING = {"analyzer": "whitespace", "search_analyzer": "whitespace"}

_local = threading.local()


def fold(text: str) -> str:
    """Lower-case `text` and strip the diacritics of Latin letters ("Płaszów" → "plaszow")."""
    folded = []
    for character in text.lower():
        if character in _FOLDED_LETTERS:
            folded.append(_FOLDED_LETTERS[character])
            continue
        base = unicodedata.normalize("NFD", character)[0]
        folded.append(base if base.isascii() else unicodedata.normalize("NFC", character))
    return "".join(folded)


def language_of(language_code: str) -> str:
    """The analyser's language for a locale's language code ("pl", "en-gb" → "en")."""
    return (language_code or "").split("-")[0].split("_")[0].lower()


def _morfeusz() -> morfeusz2.Morfeusz:
    # A Morfeusz instance is not thread-safe: one per thread.
    analyser = getattr(_local, "morfeusz", None)
    if analyser is None:
        analyser = _local.morfeusz = morfeusz2.Morfeusz(generate=False)
    return analyser


def _pymorphy_uk() -> pymorphy3.MorphAnalyzer:
    analyser = getattr(_local, "pymorphy_uk", None)
    if analyser is None:
        analyser = _local.pymorphy_uk = pymorphy3.MorphAnalyzer(lang="uk")
    return analyser


def _snowball_en():
    stemmer = getattr(_local, "snowball_en", None)
    if stemmer is None:
        stemmer = _local.snowball_en = snowballstemmer.stemmer("english")
    return stemmer


def _polish_lemmas(word: str) -> set[str]:
    lemmas = set()
    for start, _end, (_orth, lemma, tag, *_rest) in _morfeusz().analyse(word):
        # Only the interpretations of the whole word's first segment: the
        # rest are agglutinates ("-śmy", "-by") that say nothing of its meaning.
        if start == 0 and tag != "ign":
            # Homonyms are told apart by a suffix ("park:s1"): same word here.
            lemmas.add(lemma.split(":")[0])
    return lemmas


def _ukrainian_lemmas(word: str) -> set[str]:
    return {parse.normal_form for parse in _pymorphy_uk().parse(word)}


def _english_lemmas(word: str) -> set[str]:
    return {_snowball_en().stemWord(word.lower())}


_ANALYSERS = {"pl": _polish_lemmas, "uk": _ukrainian_lemmas, "en": _english_lemmas}


@lru_cache(maxsize=200_000)
def word_lemmas(word: str, language: str) -> tuple[str, ...]:
    """Every token a word stands for: its folded surface form and candidate lemmas.

    Args:
        word: one word as written (any case, with or without diacritics).
        language: "pl", "uk", "en" or another code (then the word stands for itself).

    Returns:
        The sorted, folded tokens; the surface form first.
    """
    surface = fold(word)
    analyser = _ANALYSERS.get(language)
    if analyser is None or len(word) > MAX_ANALYSED_WORD_LENGTH:
        return (surface,)
    lemmas = {fold(lemma) for lemma in analyser(word)} - {surface, ""}
    return (surface, *sorted(lemmas))


def words(text: str) -> list[str]:
    """The words of `text`, in order."""
    return WORD_PATTERN.findall(text)


def analyse_words(text: str, language_code: str) -> list[tuple[str, ...]]:
    """The index side, word by word: each word of `text`, in order, as its tokens.

    PostgreSQL gives all the tokens of one word the same position, so that a
    phrase of lemmas matches whichever form the page used.

    Args:
        text: plain text (no markup) in the language of `language_code`.
        language_code: the locale's language code of the text.
    """
    language = language_of(language_code)
    return [word_lemmas(word, language) for word in words(text)]


def analyse_text(text: str, language_code: str) -> str:
    """The index side: `text` as its lemma tokens (every candidate) separated by spaces.

    Args:
        text: plain text (no markup) in the language of `language_code`.
        language_code: the locale's language code of the text.
    """
    return " ".join(token for tokens in analyse_words(text, language_code) for token in tokens)


def analyse_query(query: str, language_code: str) -> list[tuple[str, ...]]:
    """The query side: for each query word (once, in order), the tokens any of which it matches.

    Args:
        query: what the resident typed.
        language_code: the language the resident searches in.

    Returns:
        One tuple of alternative tokens per distinct word, at most `MAX_QUERY_WORDS`.
    """
    language = language_of(language_code)
    alternatives = []
    seen = set()
    for word in words(query):
        tokens = word_lemmas(word, language)
        if tokens not in seen:
            seen.add(tokens)
            alternatives.append(tokens)
        if len(alternatives) == MAX_QUERY_WORDS:
            break
    return alternatives


def _flatten(value) -> Iterator[str]:
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    else:
        yield force_str(value)


def _field_texts(obj, fields: Iterable, exclude: frozenset[str]) -> Iterator[tuple[str, str]]:
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name not in exclude:
            for text in _flatten(field.get_value(obj)):
                yield field.field_name, text
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related_objects = related.all()
            else:
                related_objects = [related() if callable(related) else related]
            for related_object in related_objects:
                yield from _field_texts(related_object, field.fields, exclude)


def searchable_texts(obj, *, exclude: frozenset[str] = LEMMA_FIELD_NAMES) -> list[tuple[str, str]]:
    """The texts an object's `search_fields` index, as (field name, plain text) pairs.

    StreamFields and rich text give their searchable content (no markup);
    related fields (`index.RelatedFields`) give their objects' fields.

    Args:
        obj: an instance of an indexed model (a page, usually).
        exclude: names of search fields left out (by default the analysed ones).
    """
    return [
        (name, text)
        for name, text in _field_texts(obj, obj.get_search_fields(), exclude)
        if text.strip()
    ]
