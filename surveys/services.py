"""Writes of survey data: storing, confirming and purging responses."""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .flow import drafts_expired
from .models import ResponseStatus, SurveyDraft, SurveyPage, SurveyResponse
from .questions import other_key, survey_questions

CONFIRMATION_LIFETIME = datetime.timedelta(days=7)


def email_hash(address):
    """A keyed hash of a normalised address: spots a second response, cannot be mailed."""
    normalised = address.strip().lower().encode()
    return hmac.new(
        settings.SECRET_KEY.encode(), b"surveys.email:" + normalised, hashlib.sha256
    ).hexdigest()


def survey_response_create(*, page, answers, submission_token, email_hash="", pending=False):
    """Store a response once per submission token.

    Args:
        page: the SurveyPage in the language the resident used.
        answers: the answers JSON (see surveys.questions).
        submission_token: the flow's id; a second POST with it stores nothing.
        email_hash: for one-response-per-address surveys.
        pending: waits for e-mail confirmation before it counts.

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
            SurveyDraft.objects.filter(pk=submission_token).delete()
    except IntegrityError:
        return SurveyResponse.objects.get(submission_token=submission_token), False
    return response, True


def _confirmed_from_same_address(response):
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


def survey_response_confirm(response):
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


def personal_data_keys(page):
    """Answer keys of a survey's personal-data questions (with their “Other” texts)."""
    keys = set()
    for question in survey_questions(page):
        if question.personal_data:
            keys.update((question.key, other_key(question)))
    return keys


def purge_expired_answers(*, now=None):
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
    for page in SurveyPage.objects.all():
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
    drafts, _ = drafts_expired().delete()
    return {"answers": purged, "pending": pending, "drafts": drafts}
