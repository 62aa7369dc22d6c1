"""E-mails of surveys: the confirmation link, the office's copy and the resident's copy.

Each is written in the language of the survey page the resident used.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .questions import answer_display, survey_questions

logger = logging.getLogger(__name__)

CONFIRM_SALT = "surveys.confirm"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7


def _send(template, context, recipients, language):
    with translation.override(language):
        subject = render_to_string(f"surveys/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"surveys/email/{template}.txt", context)
    # A mail server that is down must not lose the response, which is already stored.
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except OSError:
        logger.exception("Could not send the survey e-mail %s.", template)


def _language(survey_response):
    return (
        survey_response.locale.language_code if survey_response.locale else settings.LANGUAGE_CODE
    )


def answers_for_email(page, answers):
    """(label, answer) pairs of the answered questions, in order."""
    pairs = []
    for question in survey_questions(page):
        text = answer_display(question, answers)
        if text:
            pairs.append((question.label, text))
    return pairs


def send_confirmation_link(request, survey_response, address):
    """Ask the resident to confirm a one-per-address response by clicking a link."""
    page = survey_response.page.specific
    language = _language(survey_response)
    token = signing.dumps(survey_response.pk, salt=CONFIRM_SALT)
    with translation.override(language):
        link = request.build_absolute_uri(reverse("surveys:confirm", args=[token]))
    _send("confirm", {"page": page, "link": link}, [address], language)


def send_notifications(survey_response):
    """The office's and the resident's copies of a counted response, if the survey asks for them."""
    page = survey_response.page.specific
    language = _language(survey_response)
    with translation.override(language):
        context = {"page": page, "answers": answers_for_email(page, survey_response.form_data)}
    if page.office_email:
        recipients = [
            address.strip() for address in page.office_email.split(",") if address.strip()
        ]
        _send(
            "office", {**context, "response": survey_response}, recipients, settings.LANGUAGE_CODE
        )
    if page.send_copy_to_resident:
        address = resident_address(page, survey_response.form_data)
        if address:
            _send("copy", context, [address], language)


def resident_address(page, answers):
    """The answer to the survey's first e-mail question, if any."""
    for question in survey_questions(page):
        if question.type == "email" and answers.get(question.key):
            return answers[question.key]
    return None
