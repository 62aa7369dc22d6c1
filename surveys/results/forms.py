"""Filters of the responses list and the exports."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import ResponseStatus


class ResponseFilterForm(forms.Form):
    """Days the responses were sent (both ends included) and their status."""

    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *ResponseStatus.choices],
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The end date must not be before the start date."))
        return cleaned

    def filter(self, responses):
        """The responses matching the valid filters (all of them when the form is empty)."""
        data = self.cleaned_data
        if data.get("date_from"):
            responses = responses.filter(submit_time__date__gte=data["date_from"])
        if data.get("date_to"):
            responses = responses.filter(submit_time__date__lte=data["date_to"])
        if data.get("status"):
            responses = responses.filter(status=data["status"])
        return responses
