"""A resident's way through the steps of a survey, for SurveyPage.serve.

SurveyPage serves a survey as Wagtail's AbstractForm serves a form, through
its hooks: `get_form` builds the form of one step, `process_form_submission`
stores the response, `render_landing_page` thanks the resident. This module
carries the resident from step to step in between: the first step, each
POST (next, back, send), and the screens shown instead of a form (not open,
already answered, too many requests, a changed token).

The flow needs no cookie: a signed token in the hidden `flow` field names a
server-side draft (a random id) and the step the form shows. A changed step
number or draft id is rejected, and the token expires with DRAFT_LIFETIME.
Its id is also the response's one-time submission token, so the same form
sent twice stores one response. Only one-per-browser surveys set a cookie,
when the survey is sent.

SurveyPage imports this module while the models load, so it imports the
models' modules, never the `surveys.models` package.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from core.antispam import honeypot_filled

from .conditions import condition_met, missing_required, visible_answers
from .forms import REQUIRED_MESSAGE
from .models.choices import ResponsePolicy
from .questions import other_key, survey_steps
from .selectors import (
    DRAFT_LIFETIME,
    response_exists_for_email,
    response_exists_for_token,
    survey_draft_answers,
)
from .services import email_hash, survey_draft_save
from .spam import STEP_LIMIT, SUBMIT_LIMIT

if TYPE_CHECKING:  # for annotations only: surveys.models.pages imports this module
    from .forms import BoundQuestion, StepForm
    from .models.pages import SurveyPage
    from .questions import Question, Step

logger = logging.getLogger(__name__)

MESSAGE_TEMPLATE = "surveys/survey_message.html"
COOKIE_SALT = "surveys.answered"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365


# --- The flow token ------------------------------------------------------------


class FlowTampered(Exception):
    """The token of the survey flow was changed, forged or has expired."""


@dataclass(frozen=True)
class Flow:
    """Where a resident is: the draft of their answers and the step (1-based) the form shows."""

    draft_id: uuid.UUID
    step: int


def _salt(page: SurveyPage) -> str:
    return f"surveys.flow.{page.translation_key}"


def flow_start() -> Flow:
    return Flow(draft_id=uuid.uuid4(), step=1)


def flow_dumps(page: SurveyPage, flow: Flow) -> str:
    """The signed value of the hidden `flow` field."""
    return signing.dumps({"d": flow.draft_id.hex, "s": flow.step}, salt=_salt(page), compress=False)


def flow_loads(page: SurveyPage, value: str | None, step_count: int) -> Flow:
    """The `Flow` in a submitted token.

    Raises:
        FlowTampered: bad signature, expired, or a step the survey does not have.
    """
    try:
        data = signing.loads(value or "", salt=_salt(page), max_age=DRAFT_LIFETIME)
        flow = Flow(draft_id=uuid.UUID(hex=data["d"]), step=int(data["s"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise FlowTampered from error
    if not 1 <= flow.step <= step_count:
        raise FlowTampered
    return flow


def step_keys(step: Step) -> set[str]:
    """The answer keys of a step's questions, with their “Other” texts."""
    return {key for question in step.questions for key in (question.key, other_key(question))}


# --- Serving, called by SurveyPage.serve -------------------------------------------


def refusal(request: HttpRequest, page: SurveyPage) -> HttpResponse | None:
    """What is shown instead of the survey: it is not open, or this browser has answered it."""
    state = page.state()
    if state != "open":
        return render_message(request, page, state, results_url=page.get_results_url(request))
    if answered_in_this_browser(request, page):
        return render_message(
            request, page, "answered", status=403 if request.method == "POST" else 200
        )
    return None


def first_step(request: HttpRequest, page: SurveyPage) -> HttpResponse:
    """The first step of a new flow; also the survey's preview."""
    steps = survey_steps(page)
    return render_step(request, page, steps, flow_start(), page.get_form(steps=steps, step=1))


def post_step(request: HttpRequest, page: SurveyPage) -> HttpResponse:
    """A step sent: back to the step before, on to the next one, or the survey sent."""
    steps = survey_steps(page)
    if not STEP_LIMIT.hit(request):
        return render_message(request, page, "rate_limited", status=429)
    try:
        flow = flow_loads(page, request.POST.get("flow"), len(steps))
    except FlowTampered:
        logger.info("Rejected a survey step with a changed or expired token (page %s).", page.pk)
        return render_message(request, page, "tampered", status=400)
    if response_exists_for_token(flow.draft_id):
        # The same form sent again (a double click, a reload): it is stored once.
        return page.render_landing_page(request)
    if honeypot_filled(request.POST):
        logger.info("Discarded a survey response with the honeypot filled in (page %s).", page.pk)
        return page.render_landing_page(request)
    answers = survey_draft_answers(page=page, draft_id=flow.draft_id)
    if request.POST.get("action") == "back" and flow.step > 1:
        # Going back keeps this step's answers that clean, even when others do not; consent,
        # the confirmation e-mail and reCAPTCHA belong to sending and are not needed here.
        form = page.get_form(
            request.POST, steps=steps, step=flow.step, answers=answers, final=False
        )
        form.is_valid()
        return _go_to(
            request, page, steps, flow, flow.step - 1, {**form.earlier_answers, **form.answers}
        )
    form = page.get_form(request.POST, steps=steps, step=flow.step, answers=answers)
    if flow.step == len(steps) and not SUBMIT_LIMIT.hit(request):
        return render_message(request, page, "rate_limited", status=429)
    if not form.is_valid():
        return render_step(request, page, steps, flow, form, status=400)
    answers = {**form.earlier_answers, **form.answers}
    if flow.step < len(steps):
        return _go_to(request, page, steps, flow, flow.step + 1, answers)
    return _submit(request, page, steps, flow, form, answers)


def _go_to(
    request: HttpRequest,
    page: SurveyPage,
    steps: list[Step],
    flow: Flow,
    number: int,
    answers: dict[str, Any],
) -> HttpResponse:
    """Keep the answers so far in the draft and show step `number` with them."""
    to = Flow(flow.draft_id, number)
    survey_draft_save(page=page, draft_id=to.draft_id, step=to.step, answers=answers)
    return render_step(
        request, page, steps, to, page.get_form(steps=steps, step=to.step, answers=answers)
    )


def _submit(
    request: HttpRequest,
    page: SurveyPage,
    steps: list[Step],
    flow: Flow,
    form: StepForm,
    answers: dict[str, Any],
) -> HttpResponse:
    """Store the response of a completed survey (page.process_form_submission) and thank."""
    questions = [question for step in steps for question in step.questions]
    answers = visible_answers(questions, answers)
    missing = missing_required(questions, answers)
    if missing:
        # Only when the draft expired or the survey changed meanwhile.
        back = Flow(flow.draft_id, missing[0].step + 1)
        back_form = page.get_form(steps=steps, step=back.step, answers=answers)
        back_form.question_errors[missing[0].key] = [REQUIRED_MESSAGE]
        return render_step(request, page, steps, back, back_form, status=400)
    if page.response_policy == ResponsePolicy.ONE_PER_EMAIL and response_exists_for_email(
        page, email_hash(form.cleaned_data["confirmation_email"])
    ):
        form.add_error(
            "confirmation_email",
            _("A response from this e-mail address has already been counted."),
        )
        return render_step(request, page, steps, flow, form, status=400)
    submission = page.process_form_submission(
        form, request=request, answers=answers, submission_token=flow.draft_id
    )
    response = page.render_landing_page(request, submission)
    if page.response_policy == ResponsePolicy.ONE_PER_BROWSER:
        remember_answered(response, request, page)
    return response


# --- Screens -------------------------------------------------------------------


def render_step(
    request: HttpRequest,
    page: SurveyPage,
    steps: list[Step],
    flow: Flow,
    form: StepForm,
    status: int = 200,
) -> HttpResponse:
    """The page showing one step's form, the flow token in it."""
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
    return render_private(request, page, page.get_template(request), context, status=status)


def annotate_conditions(
    bound: dict[str, BoundQuestion],
    questions: list[Question],
    earlier_answers: dict[str, Any],
    step: Step,
) -> None:
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


def render_message(
    request: HttpRequest, page: SurveyPage, kind: str, status: int = 200, **context: Any
) -> HttpResponse:
    """A notice instead of the form: "upcoming", "closed", "answered", "confirmed", ..."""
    return render_private(request, page, MESSAGE_TEMPLATE, {"kind": kind, **context}, status=status)


def render_private(
    request: HttpRequest,
    page: SurveyPage,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    """`page.render` with a status, never cached.

    Each survey form carries a one-time token, and answers are personal.
    """
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    add_never_cache_headers(response)
    return response


# --- One response per browser ----------------------------------------------------


def _cookie_name(page: SurveyPage) -> str:
    return f"survey-{page.translation_key.hex[:16]}"


def answered_in_this_browser(request: HttpRequest, page: SurveyPage) -> bool:
    """Whether a one-per-browser survey was sent from this browser (in any language)."""
    if page.response_policy != ResponsePolicy.ONE_PER_BROWSER:
        return False
    value = request.get_signed_cookie(_cookie_name(page), default=None, salt=COOKIE_SALT)
    return value == "1"


def remember_answered(response: HttpResponse, request: HttpRequest, page: SurveyPage) -> None:
    """Set the cookie that answered_in_this_browser reads."""
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
