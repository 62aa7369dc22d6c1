"""Snippets of a result: the words that matched the query, marked, in the page's own text."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.text_analysis import WORD_PATTERN, language_of, searchable_texts, word_lemmas

SNIPPET_WORDS = 30
# Fields that are the title or not prose: the title is shown apart, the rest are lists.
SKIPPED_FIELDS = frozenset({"title"})


def _matches(word: str, language: str, query_tokens: frozenset[str]) -> bool:
    return not query_tokens.isdisjoint(word_lemmas(word, language))


def highlight(text: str, query_tokens: frozenset[str], language_code: str) -> SafeString:
    """`text` HTML-escaped, with every word matching a query token inside `<mark>`.

    Args:
        text: plain text of the page (not HTML).
        query_tokens: every token of the analysed query (`analyse_query`, flattened).
        language_code: the language of the text.
    """
    language = language_of(language_code)
    pieces = []
    position = 0
    for match in WORD_PATTERN.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        word = match.group()
        if _matches(word, language, query_tokens):
            pieces.append(f"<mark>{escape(word)}</mark>")
        else:
            pieces.append(escape(word))
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above


def _window(text: str, start: int, size: int) -> tuple[str, bool, bool]:
    """About `size` words of `text` from the word at index `start`, and whether text was cut."""
    spans = [match.span() for match in WORD_PATTERN.finditer(text)]
    first = max(0, min(start, len(spans) - size))
    last = min(len(spans), first + size)
    begin = spans[first][0] if first else 0
    end = spans[last - 1][1] if last < len(spans) else len(text)
    return text[begin:end], first > 0, last < len(spans)


def snippet(page, query_tokens: frozenset[str]) -> SafeString:
    """A short excerpt of the live page around its first matched word, matches marked.

    The text is the page's indexed text (`searchable_texts`) of the object
    passed in, which for a search result is the live, published version.
    When no word matches outside the title, the excerpt is the start of the
    page's description or lead.

    Args:
        page: the specific page of a result.
        query_tokens: every token of the analysed query.
    """
    language_code = page.locale.language_code
    language = language_of(language_code)
    texts = [
        " ".join(text.split())
        for name, text in searchable_texts(page)
        if name not in SKIPPED_FIELDS and text.strip()
    ]
    for text in texts:
        for index, match in enumerate(WORD_PATTERN.finditer(text)):
            if _matches(match.group(), language, query_tokens):
                excerpt, cut_start, cut_end = _window(text, max(0, index - 8), SNIPPET_WORDS)
                return _with_ellipses(
                    highlight(excerpt, query_tokens, language_code), cut_start, cut_end
                )
    if texts:
        excerpt, _cut_start, cut_end = _window(texts[0], 0, SNIPPET_WORDS)
        return _with_ellipses(highlight(excerpt, query_tokens, language_code), False, cut_end)
    return mark_safe("")  # noqa: S308 - empty


def _with_ellipses(html: SafeString, cut_start: bool, cut_end: bool) -> SafeString:
    return mark_safe(("… " if cut_start else "") + html + (" …" if cut_end else ""))  # noqa: S308
