"""Serving a survey: its steps, sending it, the thank-you page and e-mail confirmation.

The flow needs no cookie: the signed `flow` field names a server-side draft
(surveys.flow). Only one-per-browser surveys set a cookie, when sent.
"""

import logging
from functools import partial

from django.core import signing
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from core.antispam import honeypot_filled

from . import emails
from .conditions import condition_met, missing_required, visible_answers
from .flow import Flow, FlowTampered, draft_answers, draft_save, flow_dumps, flow_loads, flow_start
from .forms import REQUIRED_MESSAGE, StepForm
from .models import ResponsePolicy, SurveyPage, SurveyResponse
from .questions import other_key, survey_steps
from .results import views as results_views
from .selectors import response_exists_for_email
from .services import email_hash, survey_response_confirm, survey_response_create
from .spam import STEP_LIMIT, SUBMIT_LIMIT

logger = logging.getLogger(__name__)

COOKIE_SALT = "surveys.answered"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365
STEP_TEMPLATE = "surveys/survey_page.html"
MESSAGE_TEMPLATE = "surveys/survey_message.html"


def _render(request, page, template, context, status=200):
    response = TemplateResponse(
        request, template, {**page.get_context(request), **context}, status=status
    )
    # Each survey form carries a one-time token, and answers are personal: never cache.
    add_never_cache_headers(response)
    return response


def _message(request, page, kind, status=200, **context):
    return _render(request, page, MESSAGE_TEMPLATE, {"kind": kind, **context}, status=status)


def _cookie_name(page):
    return f"survey-{page.translation_key.hex[:16]}"


def answered_in_this_browser(request, page):
    if page.response_policy != ResponsePolicy.ONE_PER_BROWSER:
        return False
    value = request.get_signed_cookie(_cookie_name(page), default=None, salt=COOKIE_SALT)
    return value == "1"


def step_keys(step):
    return {key for question in step.questions for key in (question.key, other_key(question))}


def build_form(page, steps, number, *, data=None, answers=None, final=None):
    """The form of step `number` (1-based), with the answers given so far.

    `final` (consent, confirmation e-mail, reCAPTCHA) defaults to whether it is the last step.
    """
    step = steps[number - 1]
    answers = answers or {}
    keys = step_keys(step)
    return StepForm(
        data,
        questions=step.questions,
        earlier_answers={key: value for key, value in answers.items() if key not in keys},
        initial_answers=answers,
        final=number == len(steps) if final is None else final,
        ask_consent=page.asks_personal_data(),
        consent_text=page.consent_text,
        ask_email=page.response_policy == ResponsePolicy.ONE_PER_EMAIL,
    )


def render_step(request, page, steps, flow, form, status=200):
    step = steps[flow.step - 1]
    bound = form.bound_questions()
    annotate_conditions(bound, [q for s in steps for q in s.questions], form.earlier_answers, step)
    items = [(child, bound.get(child.id)) for child in step.blocks]
    items = [(child, question) for child, question in items if not (question and question.hidden)]
    context = {
        "form": form,
        "flow_token": flow_dumps(page, flow),
        "step": step,
        "steps": steps,
        "step_items": items,
        "is_first_step": flow.step == 1,
        "is_last_step": flow.step == len(steps),
        "error_count": sum(len(question.errors) for question in bound.values())
        + len(form.non_field_errors())
        + sum(len(field.errors) for field in form.extra_fields()),
    }
    return _render(request, page, STEP_TEMPLATE, context, status=status)


def annotate_conditions(bound, questions, earlier_answers, step):
    """Hide questions whose condition on an earlier step is not met; hint at the others."""
    by_key = {question.key: question for question in questions}
    on_this_step = {question.key for question in step.questions}
    for bound_question in bound.values():
        condition = bound_question.question.condition
        if condition is None:
            continue
        if condition.question_key not in on_this_step:
            bound_question.hidden = not condition_met(condition, earlier_answers)
            continue
        target = by_key[condition.question_key]
        bound_question.condition_key = condition.question_key
        bound_question.condition_value = condition.value
        bound_question.condition_hint = _(
            "Answer only if your answer to “%(question)s” was “%(answer)s”."
        ) % {"question": target.label, "answer": target.option_label(condition.value)}


def serve_survey(request, page, preview=False):
    """The survey page: GET shows the first step, POST moves between steps or sends."""
    state = page.state()
    if state != "open" and not preview:
        return _message(request, page, state, results_url=page.get_results_url(request))
    if answered_in_this_browser(request, page) and not preview:
        return _message(request, page, "answered", status=403 if request.method == "POST" else 200)
    steps = survey_steps(page)
    if request.method == "POST" and not preview:
        return handle_post(request, page, steps)
    return render_step(request, page, steps, flow_start(), build_form(page, steps, 1))


def handle_post(request, page, steps):
    if not STEP_LIMIT.hit(request):
        return _message(request, page, "rate_limited", status=429)
    try:
        flow = flow_loads(page, request.POST.get("flow"), len(steps))
    except FlowTampered:
        logger.info("Rejected a survey step with a changed or expired token (page %s).", page.pk)
        return _message(request, page, "tampered", status=400)
    if SurveyResponse.objects.filter(submission_token=flow.draft_id).exists():
        # The same form sent again (a double click, a reload): it is stored once.
        return serve_thank_you(request, page)
    if honeypot_filled(request.POST):
        logger.info("Discarded a survey response with the honeypot filled in (page %s).", page.pk)
        return serve_thank_you(request, page)
    answers = draft_answers(page, flow)
    form = build_form(page, steps, flow.step, data=request.POST, answers=answers)
    if request.POST.get("action") == "back" and flow.step > 1:
        # Going back keeps this step's answers that clean, even when others do not; consent,
        # the confirmation e-mail and reCAPTCHA belong to sending and are not needed here.
        form = build_form(page, steps, flow.step, data=request.POST, answers=answers, final=False)
        form.is_valid()
        answers = {**form.earlier_answers, **form.answers}
        draft_save(page, flow, answers)
        back = Flow(flow.draft_id, flow.step - 1)
        return render_step(
            request, page, steps, back, build_form(page, steps, back.step, answers=answers)
        )
    if flow.step == len(steps) and not SUBMIT_LIMIT.hit(request):
        return _message(request, page, "rate_limited", status=429)
    if not form.is_valid():
        return render_step(request, page, steps, flow, form, status=400)
    answers = {**form.earlier_answers, **form.answers}
    if flow.step < len(steps):
        forward = Flow(flow.draft_id, flow.step + 1)
        draft_save(page, forward, answers)
        return render_step(
            request, page, steps, forward, build_form(page, steps, forward.step, answers=answers)
        )
    return submit(request, page, steps, flow, form, answers)


def submit(request, page, steps, flow, form, answers):
    """Store the response of a completed survey and show the thank-you page."""
    questions = [question for step in steps for question in step.questions]
    answers = visible_answers(questions, answers)
    missing = missing_required(questions, answers)
    if missing:
        # Only when the draft expired or the survey changed meanwhile.
        back = Flow(flow.draft_id, missing[0].step + 1)
        back_form = build_form(page, steps, back.step, answers=answers)
        back_form.question_errors[missing[0].key] = [REQUIRED_MESSAGE]
        return render_step(request, page, steps, back, back_form, status=400)
    address_hash = ""
    if page.response_policy == ResponsePolicy.ONE_PER_EMAIL:
        address = form.cleaned_data["confirmation_email"]
        address_hash = email_hash(address)
        if response_exists_for_email(page, address_hash):
            form.add_error(
                "confirmation_email",
                _("A response from this e-mail address has already been counted."),
            )
            return render_step(request, page, steps, flow, form, status=400)
    pending = bool(address_hash)
    survey_response, created = survey_response_create(
        page=page,
        answers=answers,
        submission_token=flow.draft_id,
        email_hash=address_hash,
        pending=pending,
    )
    # ATOMIC_REQUESTS: mail only once the response is committed, never for one rolled back.
    if created and pending:
        transaction.on_commit(
            partial(emails.send_confirmation_link, request, survey_response, address)
        )
    elif created:
        transaction.on_commit(partial(emails.send_notifications, survey_response))
    response = serve_thank_you(request, page, pending=pending)
    if page.response_policy == ResponsePolicy.ONE_PER_BROWSER:
        response.set_signed_cookie(
            _cookie_name(page),
            "1",
            salt=COOKIE_SALT,
            max_age=COOKIE_MAX_AGE,
            # Read under every language (/en/…, /uk/…); the name already names the survey.
            path="/",
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def serve_thank_you(request, page, preview=False, pending=False):
    return _render(request, page, page.landing_page_template, {"pending": pending})


def serve_results(request, page, subpath):
    """Public results: surveys.results.views answers `<survey>/results/<subpath>`."""
    if page.get_results_url(request) is None:
        raise Http404
    return results_views.serve(request, page, subpath)


def confirm_response(request, token):
    """The link in the confirmation e-mail: the response counts from now on."""
    try:
        response_id = signing.loads(token, salt=emails.CONFIRM_SALT, max_age=emails.CONFIRM_MAX_AGE)
    except signing.BadSignature:
        raise Http404 from None
    survey_response = get_object_or_404(SurveyResponse, pk=response_id)
    page = get_object_or_404(SurveyPage, pk=survey_response.page_id)
    if survey_response.confirmed_at:
        return _message(request, page, "confirmed")
    if not survey_response_confirm(survey_response):
        survey_response.delete()
        return _message(request, page, "answered", status=409)
    transaction.on_commit(partial(emails.send_notifications, survey_response))
    return _message(request, page, "confirmed")
