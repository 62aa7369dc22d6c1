"""The home page's invitations to take part, supplied by the capabilities above pages.

The pages app sits below surveys, campaigns and projects (see the layers in
pyproject.toml), so the home page may not name their page types. Each of
them registers a *participation provider* with the Wagtail hook
`HOME_PARTICIPATION_HOOK` in its `wagtail_hooks.py`: a function that takes a
`ParticipationQuery` and returns a `ParticipationSection` (or None). The home
page asks every provider and shows the sections that have items, in their
`order`. A provider costs a fixed number of queries whatever the number of
pages, so the home page stays flat as content grows.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale, Page

from taxonomies.models import District
from taxonomies.selectors import vocabulary_in_locale

HOME_PARTICIPATION_HOOK = "home_participation_sections"


@dataclass(frozen=True)
class ParticipationQuery:
    """What a provider is asked for: which home page, in which language, for which district.

    Attributes:
        home_page: the HomePage being shown; providers list what lies below it.
        locale: the Locale the visitor reads in.
        district: the District the resident picked (any language), or None for the whole city.
        pinned_keys: translation keys of the pages editors pinned, in the editors' order.
        now: the moment the sections are computed for.
    """

    home_page: Page
    locale: Locale
    district: District | None = None
    pinned_keys: tuple[uuid.UUID, ...] = ()
    now: datetime.datetime = field(default_factory=timezone.now)

    @property
    def district_slug(self) -> str:
        """The picked district's slug ("" for none); slugs are the same in every language."""
        return self.district.slug if self.district else ""

    def pin_order(self) -> Case:
        """An SQL expression ordering pinned pages first, in the editors' order, then the rest."""
        whens = [
            When(translation_key=key, then=Value(position))
            for position, key in enumerate(self.pinned_keys)
        ]
        return Case(*whens, default=Value(len(self.pinned_keys)), output_field=IntegerField())

    def is_pinned(self, page: Page) -> bool:
        return page.translation_key in self.pinned_keys


@dataclass(frozen=True)
class ParticipationSection:
    """One section of the home page: a heading and a list rendered by the provider's template.

    Attributes:
        key: a short name, used for the section's id (e.g. "surveys").
        heading: the section's heading, translated.
        template: renders `section.items` (the list only; the home page adds the heading).
        items: what the list shows; a section without items is not shown.
        order: sections are shown by ascending order.
        more_url: the address of the full list, or "".
        more_label: the link text of `more_url`.
        note: a sentence under the heading (e.g. that a list ignores the district filter).
        changes_at: when the section changes by itself (a survey closing), or None;
            the home page is cached no longer than that.
    """

    key: str
    heading: str
    template: str
    items: list
    order: int = 100
    more_url: str = ""
    more_label: str = ""
    note: str = ""
    changes_at: datetime.datetime | None = None


Provider = Callable[[ParticipationQuery], ParticipationSection | None]


def participation_providers() -> list[Provider]:
    """The providers registered by the installed capabilities."""
    return list(hooks.get_hooks(HOME_PARTICIPATION_HOOK))


def participation_sections(query: ParticipationQuery) -> list[ParticipationSection]:
    """The sections with something to show, in their order.

    Args:
        query: the home page, language, district and pins to list for.

    Returns:
        The non-empty sections of every provider, sorted by `order`.
    """
    sections = (provider(query) for provider in participation_providers())
    return sorted(
        (section for section in sections if section and section.items),
        key=lambda section: section.order,
    )


def next_change(sections: Iterable[ParticipationSection]) -> datetime.datetime | None:
    """The earliest moment one of the sections changes by itself, or None."""
    return min((s.changes_at for s in sections if s.changes_at), default=None)


def pinned_translation_keys(home_page: Page) -> tuple[uuid.UUID, ...]:
    """The translation keys of the pages pinned on a home page, in the editors' order."""
    return tuple(
        home_page.pinned_items.order_by("sort_order").values_list(
            "page__translation_key", flat=True
        )
    )


class DistrictFilterForm(forms.Form):
    """The home page's district picker: one GET parameter, validated against the vocabulary."""

    district = forms.ChoiceField(
        label=_("Your district"),
        required=False,
        error_messages={"invalid_choice": _("There is no such district.")},
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.districts = {d.slug: d for d in vocabulary_in_locale(District, locale)}
        self.fields["district"].choices = [
            ("", _("The whole city")),
            *((slug, district.title) for slug, district in self.districts.items()),
        ]

    def chosen_district(self) -> District | None:
        """The picked district in the reader's language, or None (also when the form is invalid)."""
        if not self.is_valid():
            return None
        return self.districts.get(self.cleaned_data["district"])
