"""How each capability adds its part to the demo content.

The foundation's pages (home, content pages, news) are described in
`demo.content`. Every later capability (projects and partners,
district-council campaigns, surveys) contributes one `DemoSection`, listed
in `demo.content.SECTIONS` in the order they are built: a section may
refer to the pages of the sections before it through `context.refs`.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wagtail.models import Page

from .specs import References
from .texts import Text


@dataclass
class DemoContext:
    """What a section's `build` gets to work with."""

    home: Page
    refs: References
    user: object
    report: Callable
    memory: object  # the TranslationMemory, for snippets a section translates itself


def _nothing(*args, **kwargs):
    return ()


@dataclass(frozen=True)
class DemoSection:
    """One capability's demo content.

    Attributes:
        name: what the progress messages call it.
        texts: returns every `Text` whose en and uk versions wagtail-localize
            needs (the builder checks them before writing anything).
        build: creates the Polish content (skipping what exists) and returns
            the Polish pages to translate, parents before children.
            Snippets are translated by the section itself with
            `demo.translations.translate_snippet`.
        reset: deletes what `build` made that is not a page below the home
            page (snippets, submissions); pages are deleted by the builder.
    """

    name: str
    texts: Callable[[], Iterable[Text]] = _nothing
    build: Callable[[DemoContext], list[Page]] = _nothing
    reset: Callable[[Callable], None] = field(default=_nothing)
