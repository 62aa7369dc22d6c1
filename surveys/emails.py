"""E-mails of surveys: the confirmation link, the office's copy and the resident's copy.

Each is written in the language of the survey page the resident used.

The resident's copy goes to whatever address was typed into the survey's
e-mail question, so it must not let anyone mail text of their choice to
anyone (see `send_notifications`):

- one response per confirmed e-mail address: the copy is sent once the
  response is confirmed, and only when the e-mail question's answer is the
  confirmed address (same keyed hash); it holds every answer;
- other policies: the address is not proven, so the copy holds only the
  answers chosen from what the editor wrote (options, scales, numbers,
  dates, yes/no), never typed-in text: no text answers, no e-mail
  addresses, no “Other” texts.
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.mail import email_enqueue

# The models' modules, not the package: SurveyPage imports this module while it loads.
from .models.choices import ResponsePolicy
from .models.responses import ResponseStatus
from .questions import answer_display, survey_questions
from .services import email_hash

logger = logging.getLogger(__name__)

# "v2": links of the first format (the response's database id) are refused, not misread.
CONFIRM_SALT = "surveys.confirm.v2"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7


def _send(template, context, recipients, language):
    with translation.override(language):
        subject = render_to_string(f"surveys/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"surveys/email/{template}.txt", context)
    # The response is already stored: the e-mail leaves through the task queue
    # (core.mail), which retries a mail server that is down or hangs. Only a
    # queue that cannot take the task (its database failing) is reported here.
    try:
        email_enqueue(subject=subject, body=body, recipients=recipients)
    except DatabaseError:
        logger.exception("Could not queue the survey e-mail %s.", template)


def _language(survey_response):
    return (
        survey_response.locale.language_code if survey_response.locale else settings.LANGUAGE_CODE
    )


def answers_for_email(page, answers, *, typed_text=True):
    """(label, answer) pairs of the answered questions, in order.

    Args:
        typed_text: include text the resident typed (text and e-mail answers,
            “Other” texts); False keeps only what was chosen from the editor's options.
    """
    pairs = []
    for question in survey_questions(page):
        if typed_text:
            text = answer_display(question, answers)
        elif question.question_type.typed_text:
            continue
        else:
            # Without the “Other” text: only the question's own value.
            text = answer_display(question, {question.key: answers.get(question.key)})
        if text:
            pairs.append((question.label, text))
    return pairs


def send_confirmation_link(request, survey_response, address):
    """Ask the resident to confirm a one-per-address response by clicking a link.

    Signed is not secret: the link names the response by its random submission
    token only, never by its database id, which would tell how many there are.
    """
    page = survey_response.page.specific
    language = _language(survey_response)
    token = signing.dumps(survey_response.submission_token.hex, salt=CONFIRM_SALT)
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
        send_copy(page, survey_response, language)


def send_copy(page, survey_response, language):
    """The resident's copy, only as far as the address is proven (see the module docstring)."""
    address = resident_address(page, survey_response.form_data)
    if not address:
        return
    if page.response_policy == ResponsePolicy.ONE_PER_EMAIL:
        proven = (
            survey_response.status == ResponseStatus.CONFIRMED
            and survey_response.email_hash
            and email_hash(address) == survey_response.email_hash
        )
        if not proven:
            return
        answers = answers_for_email(page, survey_response.form_data)
    else:
        answers = answers_for_email(page, survey_response.form_data, typed_text=False)
    with translation.override(language):
        context = {"page": page, "answers": answers}
    _send("copy", context, [address], language)


def resident_address(page, answers):
    """The answer to the survey's first e-mail question, if any."""
    for question in survey_questions(page):
        if question.question_type.email_address and answers.get(question.key):
            return answers[question.key]
    return None
