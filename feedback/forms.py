"""The poll's two forms: the yes/no answer and the optional comment."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.antispam import HoneypotField

from .models import COMMENT_MAX_LENGTH
from .selectors import votable_page
from .tokens import MAX_LENGTH as TOKEN_MAX_LENGTH
from .tokens import read_vote_token

PAGE_UNAVAILABLE_CODE = "page_unavailable"
PAGE_UNAVAILABLE = _("This page does not exist or is not published, so it cannot be rated.")


class VoteForm(forms.Form):
    """Yes or no about one page; the page and its language come from hidden fields."""

    page = forms.IntegerField(
        min_value=1,
        max_value=2**63 - 1,
        error_messages={
            "required": PAGE_UNAVAILABLE,
            "invalid": PAGE_UNAVAILABLE,
            "min_value": PAGE_UNAVAILABLE,
            "max_value": PAGE_UNAVAILABLE,
        },
    )
    locale = forms.ChoiceField(
        choices=settings.LANGUAGES,
        error_messages={
            "required": _("The language of the page is missing."),
            "invalid_choice": _("This language is not one of the site's languages."),
        },
    )
    useful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={
            "required": _("Choose yes or no."),
            "invalid_choice": _("Choose yes or no."),
        },
    )
    website = HoneypotField()

    def clean(self):
        cleaned = super().clean()
        page_id, language = cleaned.get("page"), cleaned.get("locale")
        if page_id is None:
            return cleaned
        page = votable_page(page_id=page_id)
        if page is None:
            raise forms.ValidationError(PAGE_UNAVAILABLE, code=PAGE_UNAVAILABLE_CODE)
        # The language is sent separately so that a page is always rated in
        # the language it was read in; a mismatch is a tampered form.
        if language and page.locale.language_code != language:
            raise forms.ValidationError(
                _("The language does not match the page."), code="locale_mismatch"
            )
        cleaned["page"] = page
        return cleaned


class CommentForm(forms.Form):
    """The optional comment, bound by a signed token to the vote just cast."""

    token = forms.CharField(
        max_length=TOKEN_MAX_LENGTH,
        error_messages={
            "required": _("This comment form has expired. Please answer the question again."),
            "max_length": _("This comment form has expired. Please answer the question again."),
        },
    )
    comment = forms.CharField(
        label=_("What could we improve? (optional)"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX_LENGTH}),
        error_messages={
            "required": _("Write a comment before sending it."),
            "max_length": _("The comment can be at most %(limit_value)d characters long."),
        },
    )
    website = HoneypotField()

    def clean_token(self):
        """The vote's public identifier (a UUID) from the signed token."""
        public_id = read_vote_token(self.cleaned_data["token"])
        if public_id is None:
            raise forms.ValidationError(
                _("This comment form has expired. Please answer the question again."),
                code="bad_token",
            )
        return public_id
