"""The search page's GET parameters, validated: query, filters, order."""

import unicodedata

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, get_page_models

from taxonomies.models import District, Topic
from taxonomies.selectors import vocabulary_in_locale

from .councillors import COUNCILLOR_TYPE, councillor_content_type
from .queries import SORT_DATE, SORT_RELEVANCE

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as the search can take it, and whether it had to be shortened.

    Control characters (a NUL byte breaks the databases' full-text parsers)
    become spaces, runs of spaces one space; a query longer than
    `MAX_QUERY_LENGTH` is cut at the last word boundary before it.
    """
    printable = "".join(
        " " if unicodedata.category(character).startswith("C") else character
        for character in raw[: MAX_QUERY_LENGTH * 10]
    )
    query = " ".join(printable.split())
    if len(query) <= MAX_QUERY_LENGTH:
        return query, False
    cut = query[: MAX_QUERY_LENGTH + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut[:MAX_QUERY_LENGTH].strip(), True


def page_type_value(content_type: ContentType) -> str:
    """The value naming a page type in the address: "app_label.model"."""
    return f"{content_type.app_label}.{content_type.model}"


def searchable_page_types() -> dict[str, ContentType]:
    """The page types a resident may filter by, by their value in the address."""
    content_types = ContentType.objects.get_for_models(
        *[model for model in get_page_models() if not model._meta.abstract]
    )
    return {page_type_value(content_type): content_type for content_type in content_types.values()}


class SearchForm(forms.Form):
    shortened = False

    # A plain Field: CharField refuses NUL bytes, which clean_query turns into spaces.
    query = forms.Field(required=False)
    type = forms.CharField(required=False)
    sort = forms.ChoiceField(
        required=False,
        choices=[(SORT_RELEVANCE, _("Relevance")), (SORT_DATE, _("Newest first"))],
        error_messages={"invalid_choice": _("Results can be sorted by relevance or by date.")},
    )

    district = forms.ChoiceField(
        label=_("District"),
        required=False,
        error_messages={"invalid_choice": _("There is no such district.")},
    )
    topic = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("There is no such topic.")},
    )
    date_from = forms.DateField(
        label=_("Published from"),
        required=False,
        error_messages={"invalid": _("Enter the start date as YYYY-MM-DD.")},
    )
    date_to = forms.DateField(
        label=_("Published until"),
        required=False,
        error_messages={"invalid": _("Enter the end date as YYYY-MM-DD.")},
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        # Districts and topics in the reader's language; slugs are the same in all.
        self.districts = vocabulary_in_locale(District, locale)
        self.topics = vocabulary_in_locale(Topic, locale)
        self.fields["district"].choices = [("", "")] + [
            (item.slug, item.title) for item in self.districts
        ]
        self.fields["topic"].choices = [("", "")] + [(item.slug, item.name) for item in self.topics]

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned_data

    def clean_query(self):
        query, self.shortened = clean_query(str(self.cleaned_data["query"] or ""))
        return query

    def clean_type(self):
        value = self.cleaned_data["type"]
        if not value:
            return None
        if value == COUNCILLOR_TYPE:
            return councillor_content_type()
        content_type = searchable_page_types().get(value)
        if content_type is None:
            raise forms.ValidationError(_("There is no such type of page to filter by."))
        return content_type

    def clean_sort(self):
        return self.cleaned_data["sort"] or SORT_RELEVANCE
