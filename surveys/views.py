"""Views of surveys outside their pages: the link in the confirmation e-mail.

The survey itself and its public results are served by SurveyPage
(surveys.models.pages, surveys.flow, surveys.results.public).
"""

import uuid
from functools import partial

from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404

from . import emails
from .flow import render_message
from .models import SurveyPage, SurveyResponse
from .services import survey_response_confirm


def confirm_response(request, token):
    """The link in the confirmation e-mail: the response counts from now on."""
    try:
        value = signing.loads(token, salt=emails.CONFIRM_SALT, max_age=emails.CONFIRM_MAX_AGE)
        submission_token = uuid.UUID(hex=value)
    except (signing.BadSignature, TypeError, ValueError, AttributeError):
        raise Http404 from None
    survey_response = get_object_or_404(SurveyResponse, submission_token=submission_token)
    page = get_object_or_404(SurveyPage, pk=survey_response.page_id)
    if survey_response.confirmed_at:
        return render_message(request, page, "confirmed")
    if not survey_response_confirm(survey_response):
        survey_response.delete()
        return render_message(request, page, "answered", status=409)
    transaction.on_commit(partial(emails.send_notifications, survey_response))
    return render_message(request, page, "confirmed")
