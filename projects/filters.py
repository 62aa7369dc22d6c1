"""The filter forms of the project and partner indexes: plain GET parameters.

An unknown value (a district that does not exist, `status=foo`, a very long
string) makes the form invalid; the index then explains which filter is
wrong instead of guessing, and answers 400.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from projects.choices import OrganisationType
from projects.status import ProjectStatus
from taxonomies.models import District, Topic
from taxonomies.selectors import vocabulary_in_locale


def _choices(empty_label, options):
    return [("", empty_label), *options]


class FilterForm(forms.Form):
    """A filter form whose every field may be left at "any"."""

    # The text of the form's button, saying what it shows (e.g. "Show projects").
    submit_label: str

    @property
    def is_filtering(self):
        return self.is_valid() and any(self.cleaned_data.values())


class ProjectFilterForm(FilterForm):
    submit_label = _("Show projects")

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        error_messages={"invalid_choice": _("There is no such project status.")},
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

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = _choices(_("Any status"), ProjectStatus.choices)
        self.fields["district"].choices = _choices(
            _("Any district"),
            [
                (district.slug, district.title)
                for district in vocabulary_in_locale(District, locale)
            ],
        )
        self.fields["topic"].choices = _choices(
            _("Any topic"),
            [(topic.slug, topic.name) for topic in vocabulary_in_locale(Topic, locale)],
        )


class PartnerFilterForm(FilterForm):
    submit_label = _("Show partners")

    type = forms.ChoiceField(
        label=_("Type of organisation"),
        required=False,
        error_messages={"invalid_choice": _("There is no such type of organisation.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = _choices(_("Any type"), OrganisationType.choices)
