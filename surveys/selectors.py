"""Reads of survey data: responses and drafts, for serving, results and exports.

SurveyPage serves itself through surveys.flow, which reads here, so this
module is imported while the models load: it imports the models' modules,
never the `surveys.models` package. Listing survey pages is a queryset
method of SurveyPage (`SurveyPage.objects.in_listing_order()`).
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone

from .models.responses import ResponseStatus, SurveyDraft, SurveyResponse

if TYPE_CHECKING:  # for annotations only: surveys.models.pages imports this module
    from .models.pages import SurveyPage

DRAFT_LIFETIME = datetime.timedelta(days=1)


def survey_responses(page: SurveyPage, *, confirmed_only: bool = True) -> QuerySet[SurveyResponse]:
    """The responses to a survey in all its languages, oldest first.

    Args:
        page: a SurveyPage in any language.
        confirmed_only: leave out responses waiting for e-mail confirmation.
    """
    responses = SurveyResponse.objects.filter(page__translation_key=page.translation_key)
    if confirmed_only:
        responses = responses.filter(status=ResponseStatus.CONFIRMED)
    return responses.order_by("submit_time", "pk")


def response_exists_for_email(page: SurveyPage, email_hash: str) -> bool:
    """Whether a confirmed response to the survey (any language) came from this address.

    Args:
        page: a SurveyPage in any language.
        email_hash: the keyed hash of the address (surveys.services.email_hash).
    """
    return survey_responses(page).filter(email_hash=email_hash).exists()


def response_exists_for_token(submission_token: uuid.UUID) -> bool:
    """Whether a response was stored with this one-time token (the form was sent already)."""
    return SurveyResponse.objects.filter(submission_token=submission_token).exists()


def survey_draft_answers(*, page: SurveyPage, draft_id: uuid.UUID) -> dict[str, Any]:
    """The answers saved for the earlier steps of a multi-step survey ({} when none).

    Args:
        page: the SurveyPage the draft was started on.
        draft_id: the draft's id, carried by the flow token (surveys.flow).
    """
    draft = SurveyDraft.objects.filter(pk=draft_id, page=page).first()
    return dict(draft.answers) if draft else {}


def survey_draft_locked(*, page: SurveyPage, draft_id: uuid.UUID) -> SurveyDraft | None:
    """The draft of a multi-step survey, its row locked until the transaction ends; None if none.

    As `survey_draft_answers_locked`; the row itself is returned so that sending
    can delete it without reading it again.
    """
    return SurveyDraft.objects.select_for_update().filter(pk=draft_id, page=page).first()


def survey_draft_answers_locked(*, page: SurveyPage, draft_id: uuid.UUID) -> dict[str, Any]:
    """`survey_draft_answers`, locking the draft's row until the transaction ends.

    Two identical POSTs of a survey's last step run one after the other from
    here: the second reads only once the first has committed its response (and
    deleted the draft), so it can find the response by its submission token.
    Call inside a transaction (ATOMIC_REQUESTS, or transaction.atomic()).

    Args:
        page: the SurveyPage the draft was started on.
        draft_id: the draft's id, carried by the flow token (surveys.flow).
    """
    draft = SurveyDraft.objects.select_for_update().filter(pk=draft_id, page=page).first()
    return dict(draft.answers) if draft else {}


def survey_drafts_expired(*, now: datetime.datetime | None = None) -> QuerySet[SurveyDraft]:
    """Drafts untouched for longer than DRAFT_LIFETIME: their flow tokens have expired too."""
    now = now or timezone.now()
    return SurveyDraft.objects.filter(updated_at__lt=now - DRAFT_LIFETIME)
