"""Writes of survey data: storing, confirming and purging responses, saving drafts.

SurveyPage stores responses through this module while it serves a survey, so
it is imported while the models load: it imports the models' modules, never
the `surveys.models` package.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import uuid
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from .models.responses import ResponseStatus, SurveyDraft, SurveyResponse
from .questions import other_key, survey_questions
from .selectors import survey_drafts_expired

if TYPE_CHECKING:  # for annotations only: surveys.models.pages imports this module
    from .models.pages import SurveyPage

CONFIRMATION_LIFETIME = datetime.timedelta(days=7)


def email_hash(address: str) -> str:
    """A keyed hash of a normalised address: spots a second response, cannot be mailed."""
    normalised = address.strip().lower().encode()
    return hmac.new(
        settings.SECRET_KEY.encode(), b"surveys.email:" + normalised, hashlib.sha256
    ).hexdigest()


def survey_response_create(
    *,
    page: SurveyPage,
    answers: dict[str, Any],
    submission_token: uuid.UUID,
    email_hash: str = "",
    pending: bool = False,
    draft: SurveyDraft | None | bool = True,
) -> tuple[SurveyResponse, bool]:
    """Store a response once per submission token.

    Args:
        page: the SurveyPage in the language the resident used.
        answers: the answers JSON (see surveys.questions).
        submission_token: the flow's id; a second POST with it stores nothing.
        email_hash: for one-response-per-address surveys.
        pending: waits for e-mail confirmation before it counts.
        draft: the draft row the caller locked (deleted without a second read),
            None when it knows there is none, True (default) to delete by token.

    Returns:
        (response, created): the stored response, or the one stored by an
        earlier identical POST with created False.
    """
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                page=page,
                locale_id=page.locale_id,
                form_data=answers,
                submission_token=submission_token,
                email_hash=email_hash,
                status=ResponseStatus.PENDING if pending else ResponseStatus.CONFIRMED,
                confirmed_at=None if pending else timezone.now(),
            )
            if isinstance(draft, SurveyDraft):
                draft.delete()
            elif draft:
                SurveyDraft.objects.filter(pk=submission_token).delete()
    except IntegrityError:
        return SurveyResponse.objects.get(submission_token=submission_token), False
    return response, True


def _confirmed_from_same_address(response: SurveyResponse) -> bool:
    """Lock the survey's responses from the response's address; whether another is confirmed.

    The response itself is locked too, and all in pk order: two confirmations
    of one address wait for each other instead of deadlocking.
    """
    same_address = SurveyResponse.objects.select_for_update(of=("self",)).filter(
        page__translation_key=response.page.translation_key, email_hash=response.email_hash
    )
    return any(
        other.status == ResponseStatus.CONFIRMED
        for other in same_address.order_by("pk")
        if other.pk != response.pk
    )


def survey_response_confirm(response: SurveyResponse) -> bool:
    """Count a pending response.

    One response per confirmed address holds across the survey's languages:
    the unique constraint covers one language version (page, email_hash) only,
    so every response from the address to any language version of the survey
    is locked (select_for_update) before looking for a confirmed one. Two
    confirmations of the same address then run one after the other, and the
    second sees the first.

    Returns:
        False when the address already has a confirmed response to the survey.
    """
    if response.status == ResponseStatus.CONFIRMED:
        return True
    try:
        with transaction.atomic():
            if response.email_hash and _confirmed_from_same_address(response):
                return False
            response.status = ResponseStatus.CONFIRMED
            response.confirmed_at = timezone.now()
            response.save(update_fields=["status", "confirmed_at"])
    except IntegrityError:
        response.status = ResponseStatus.PENDING
        response.confirmed_at = None
        return False
    return True


def survey_draft_save(
    *, page: SurveyPage, draft_id: uuid.UUID, step: int, answers: dict[str, Any]
) -> None:
    """Keep the answers of a multi-step survey's steps so far, until it is sent.

    Args:
        page: the SurveyPage the resident is answering.
        draft_id: the draft's id, carried by the flow token (surveys.flow).
        step: the step the resident goes to.
        answers: the answers of every step so far.
    """
    SurveyDraft.objects.update_or_create(
        pk=draft_id, defaults={"page": page, "answers": answers, "step": step}
    )


def personal_data_keys(page: SurveyPage) -> set[str]:
    """Answer keys of a survey's personal-data questions (with their “Other” texts)."""
    keys = set()
    for question in survey_questions(page):
        if question.personal_data:
            keys.update((question.key, other_key(question)))
    return keys


def purge_expired_answers(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete what surveys keep no longer than needed.

    Answers to personal-data questions past each survey's retention period,
    responses never confirmed within CONFIRMATION_LIFETIME, and drafts of
    unfinished multi-step surveys.

    Returns:
        {"answers": responses whose personal data was deleted,
         "pending": unconfirmed responses deleted, "drafts": drafts deleted}
    """
    now = now or timezone.now()
    purged = 0
    # The surveys found through their responses (surveys.models.pages imports this module).
    untouched = SurveyResponse.objects.filter(personal_data_deleted_at__isnull=True)
    for page in Page.objects.filter(pk__in=untouched.values("page")).specific():
        keys = personal_data_keys(page)
        if not keys:
            continue
        expired = SurveyResponse.objects.filter(
            page=page,
            personal_data_deleted_at__isnull=True,
            submit_time__lt=now - datetime.timedelta(days=page.retention_days),
        )
        for response in expired.iterator():
            response.form_data = {
                key: value for key, value in response.form_data.items() if key not in keys
            }
            response.published_answers = [
                key for key in response.published_answers if key not in keys
            ]
            response.personal_data_deleted_at = now
            response.save(
                update_fields=["form_data", "published_answers", "personal_data_deleted_at"]
            )
            purged += 1
    pending, _ = SurveyResponse.objects.filter(
        status=ResponseStatus.PENDING, submit_time__lt=now - CONFIRMATION_LIFETIME
    ).delete()
    drafts, _ = survey_drafts_expired(now=now).delete()
    return {"answers": purged, "pending": pending, "drafts": drafts}
