"""District and topic pickers of the admin: the page's language only, as a filterable list.

A page's (or snippet's) districts and topics are chosen among the entries in
its own locale: one entry per district, in the alphabetical order of that
language, as checkboxes (or radio buttons) with a filter box, instead of a
multi-select listing every locale's entries. Saving an entry of another
locale fails validation with a message naming it.

Translations kept in sync by wagtail-localize may still hold the source
page's entries; the picker shows their equivalents in the page's language,
so saving such a page in the normal editor stores its own locale's entries.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.boundfield import BoundField
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms.models import register_form_field_override
from wagtail.models import Locale

from .collation import collation_key
from .models import District, Term


def form_locale(form) -> Locale | None:
    """The locale of the object a form edits; for a new page Wagtail sets it from the parent."""
    instance = getattr(form, "instance", None)
    if instance is not None and getattr(instance, "locale_id", None):
        return instance.locale
    parent_page = getattr(form, "parent_page", None)
    if parent_page is not None:
        return parent_page.locale
    return None


class TermBoundField(BoundField):
    """Shows the saved entries as their equivalents in the page's locale.

    Only the initial value is translated: what the editor sends is validated
    as sent (Django's clean() also calls prepare_value(), so mapping there
    would quietly swap a refused entry for an accepted one).
    """

    @cached_property
    def initial(self):
        return self.field.initial_in_locale(super().initial)


def term_label(term: Term) -> str:
    """The name first, so that the alphabetical list reads well; a district adds its numeral."""
    if isinstance(term, District):
        return f"{term.name} ({term.numeral})"
    return term.name


class TermListMixin:
    """A filter box above the options (the box appears only with JavaScript)."""

    template_name = "taxonomies/widgets/term_list.html"
    # The field's label, naming the group of options and the filter box.
    list_label = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["list_label"] = self.list_label
        return context

    class Media:
        css = {"all": ["taxonomies/term-list.css"]}
        js = ["taxonomies/term-list.js"]


class TermList(TermListMixin, forms.CheckboxSelectMultiple):
    """Checkboxes for districts or topics."""


class TermRadioList(TermListMixin, forms.RadioSelect):
    """Radio buttons for a single district."""


class LocaleTermFieldMixin:
    """Offers the entries of the edited object's locale; refuses those of another locale.

    The queryset keeps every entry so that a value of another locale is
    recognised and explained, not reported as an unknown choice.
    """

    locale = None
    default_error_messages = {
        "other_locale": _(
            "%(names)s: not in this page's language (%(language)s). Choose only "
            "from the list, which shows the entries in %(language)s."
        ),
    }

    def get_bound_field(self, form, field_name):
        # Each form works on its own deep copy of the field, so narrowing the
        # choices here affects only this form; Django reaches the field through
        # the bound field both to render and to clean it.
        self.widget.list_label = self.label
        locale = form_locale(form)
        if locale is not None and locale != self.locale:
            self.limit_to_locale(locale)
        return TermBoundField(form, self, field_name)

    def limit_to_locale(self, locale: Locale) -> None:
        entries = sorted(
            self.queryset.filter(locale=locale),
            key=lambda entry: collation_key(entry.name, locale.language_code),
        )
        self.locale = locale
        self.pk_by_translation_key = {entry.translation_key: entry.pk for entry in entries}
        choices = [(entry.pk, term_label(entry)) for entry in entries]
        if getattr(self, "empty_label", None) is not None and not isinstance(
            self, forms.ModelMultipleChoiceField
        ):
            choices.insert(0, ("", self.empty_label))
        self.choices = choices

    def equivalents_in_locale(self, values) -> list:
        """Each entry's equivalent in the field's locale, by translation key (one query).

        Args:
            values: entries or their primary keys, in any locale.
        """
        pks = [getattr(value, "pk", value) for value in values or ()]
        if self.locale is None:
            return pks
        own = {str(pk) for pk in self.pk_by_translation_key.values()}
        foreign = [pk for pk in pks if str(pk) not in own]
        if not foreign:
            return list(pks)
        keys = dict(self.queryset.filter(pk__in=foreign).values_list("pk", "translation_key"))
        mapped = []
        for pk in pks:
            if str(pk) in own:
                mapped.append(pk)
            else:
                key = keys.get(int(pk)) if str(pk).isdigit() else None
                mapped.append(self.pk_by_translation_key.get(key, pk))
        return mapped

    def check_locale(self, entries) -> None:
        if self.locale is None:
            return
        strangers = [entry for entry in entries if entry.locale_id != self.locale.pk]
        if strangers:
            raise ValidationError(
                self.error_messages["other_locale"],
                code="other_locale",
                params={
                    "names": ", ".join(str(entry) for entry in strangers),
                    "language": self.locale.get_display_name(),
                },
            )


class LocaleTermMultipleChoiceField(LocaleTermFieldMixin, forms.ModelMultipleChoiceField):
    """Districts or topics (a many-to-many field) in the edited object's locale."""

    widget = TermList

    def initial_in_locale(self, initial):
        return self.equivalents_in_locale(initial)

    def clean(self, value):
        chosen = super().clean(value)
        self.check_locale(chosen)
        return chosen


class LocaleTermChoiceField(LocaleTermFieldMixin, forms.ModelChoiceField):
    """One district (a foreign key) in the edited object's locale."""

    widget = TermRadioList

    def initial_in_locale(self, initial):
        if initial in self.empty_values:
            return initial
        return self.equivalents_in_locale([initial])[0]

    def clean(self, value):
        chosen = super().clean(value)
        self.check_locale([chosen] if chosen is not None else [])
        return chosen


def term_field_override(db_field) -> dict:
    """Form field options for a many-to-many field: ours for districts and topics only."""
    if issubclass(db_field.related_model, Term):
        return {"form_class": LocaleTermMultipleChoiceField, "widget": TermList}
    return {}


def register_term_pickers() -> None:
    """Use the locale-aware picker wherever an admin form edits districts or topics.

    A foreign key to District gets the radio list; taxonomies/wagtail_hooks.py
    keeps Wagtail's snippet chooser from registering its widget for it.
    """
    register_form_field_override(ParentalManyToManyField, override=term_field_override)
    register_form_field_override(
        models.ForeignKey,
        to=District,
        override={"form_class": LocaleTermChoiceField, "widget": TermRadioList},
    )
