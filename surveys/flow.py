"""A resident's way through the steps of a survey, for SurveyPage.serve.

SurveyPage serves a survey as Wagtail's AbstractForm serves a form, through
its hooks: `get_form` builds the form of one step, `process_form_submission`
stores the response, `render_landing_page` thanks the resident. This module
carries the resident from step to step in between: the first step, each
POST (next, back, send), and the screens shown instead of a form (not open,
already answered, too many requests, a changed token).

The flow needs no cookie, so Django's CSRF cookie is not used either
(`checks_own_form_posts` on SurveyPage, see core.cookieless_forms): a signed token in
the hidden `flow` field names a server-side draft (a random id) and the step
the form shows, and a POST whose browser names another site (Origin, else
Referer) is refused with 403. A changed token is rejected with 400. A token
older than FORM_LIFETIME is stale: the step is shown again with a 403, the
answers just sent filled in and a fresh token, so sending again loses nothing.

The draft id is also the response's one-time submission token: any number of
identical final POSTs store one response, and each of them is thanked. The
final POST locks the draft row, so a duplicate waits for the first to commit
and then finds the response instead of an emptied draft.

Caching: the first step of a multi-step survey carries a token with no draft
id, the same for every visitor, so that page sets no cookie, no `Vary: Cookie`
and no `Cache-Control: private` and may be cached whole; the draft id is drawn
when the first step is sent. (Not for one-per-browser surveys, whose page
depends on their "answered" cookie.) Every other form (later steps, and the only step
of a one-step survey, whose form is the final one) names its own draft and is
sent with `Cache-Control: no-store`. Only one-per-browser surveys set a
cookie, and only on the thank-you page.

SurveyPage imports this module while the models load, so it imports the
models' modules, never the `surveys.models` package.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core import signing
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_response_headers
from django.utils.translation import gettext as _

from core.antispam import honeypot_filled
from core.origin import foreign_origin

from .conditions import condition_met, missing_required, visible_answers
from .forms import REQUIRED_MESSAGE
from .models.choices import ResponsePolicy
from .questions import other_key, survey_steps
from .selectors import (
    DRAFT_LIFETIME,
    response_exists_for_email,
    response_exists_for_token,
    survey_draft_answers,
    survey_draft_locked,
)
from .services import email_hash, survey_draft_save
from .spam import STEP_LIMIT, SUBMIT_LIMIT

if TYPE_CHECKING:  # for annotations only: surveys.models.pages imports this module
    from .forms import BoundQuestion, StepForm
    from .models.pages import SurveyPage
    from .models.responses import SurveyDraft
    from .questions import Question, Step

logger = logging.getLogger(__name__)

MESSAGE_TEMPLATE = "surveys/survey_message.html"
COOKIE_SALT = "surveys.answered"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365
# How long a rendered form may stay open before its token is stale: as long as
# its draft is kept (purge_expired_survey_answers deletes older drafts), and far
# longer than any whole-page cache keeps the shared first step.
FORM_LIFETIME = DRAFT_LIFETIME


# --- The flow token ------------------------------------------------------------


class FlowTampered(Exception):
    """The token of the survey flow was changed or forged."""


class FlowStale(Exception):
    """The token is genuine but older than FORM_LIFETIME: the form was open too long."""

    def __init__(self, flow: Flow):
        super().__init__(flow)
        self.flow = flow


@dataclass(frozen=True)
class Flow:
    """Where a resident is: the draft of their answers and the step (1-based) the form shows.

    `draft_id` is None on the first step of a multi-step survey until it is sent
    (that page is the same for everyone); `with_draft` draws one then.
    """

    draft_id: uuid.UUID | None
    step: int

    def with_draft(self) -> Flow:
        return self if self.draft_id else Flow(draft_id=uuid.uuid4(), step=self.step)


def _salt(page: SurveyPage) -> str:
    return f"surveys.flow.{page.translation_key}"


def flow_start(steps: list[Step]) -> Flow:
    """The flow of a first step: shared by everyone when more steps follow, else its own draft."""
    return Flow(draft_id=None if len(steps) > 1 else uuid.uuid4(), step=1)


def flow_dumps(page: SurveyPage, flow: Flow) -> str:
    """The signed, timestamped value of the hidden `flow` field."""
    draft = flow.draft_id.hex if flow.draft_id else ""
    return signing.dumps({"d": draft, "s": flow.step}, salt=_salt(page), compress=False)


def _flow_from(data: Any, step_count: int) -> Flow:
    flow = Flow(draft_id=uuid.UUID(hex=data["d"]) if data["d"] else None, step=int(data["s"]))
    if not 1 <= flow.step <= step_count or (flow.draft_id is None and flow.step != 1):
        raise ValueError("no such step")
    return flow


def flow_loads(page: SurveyPage, value: str | None, step_count: int) -> Flow:
    """The `Flow` in a submitted token.

    Raises:
        FlowTampered: bad signature, or a step the survey does not have.
        FlowStale: a genuine token older than FORM_LIFETIME (it carries the flow).
    """
    try:
        try:
            data = signing.loads(value or "", salt=_salt(page), max_age=FORM_LIFETIME)
        except signing.SignatureExpired:
            raise FlowStale(
                _flow_from(signing.loads(value, salt=_salt(page)), step_count)
            ) from None
        return _flow_from(data, step_count)
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise FlowTampered from error


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
    return render_step(request, page, steps, flow_start(steps), page.get_form(steps=steps, step=1))


def post_step(request: HttpRequest, page: SurveyPage) -> HttpResponse:
    """A step sent: back to the step before, on to the next one, or the survey sent."""
    steps = survey_steps(page)
    if not STEP_LIMIT.hit(request):
        return render_message(request, page, "rate_limited", status=429)
    if foreign_origin(request):
        logger.info("Refused a survey step sent from another site (page %s).", page.pk)
        return render_message(request, page, "foreign_origin", status=403)
    try:
        flow = flow_loads(page, request.POST.get("flow"), len(steps))
    except FlowStale as stale:
        return render_stale(request, page, steps, stale.flow)
    except FlowTampered:
        logger.info("Rejected a survey step with a changed token (page %s).", page.pk)
        return render_message(request, page, "tampered", status=400)
    flow = flow.with_draft()
    # A savepoint under ATOMIC_REQUESTS; the draft's row lock lasts until the request commits.
    with transaction.atomic():
        return _post_step(request, page, steps, flow)


def _post_step(
    request: HttpRequest, page: SurveyPage, steps: list[Step], flow: Flow
) -> HttpResponse:
    # A one-step survey keeps no draft (its only form holds every answer), so
    # nothing is read or locked for it: an identical POST sent again or at the
    # same time is stopped by the token's unique constraint when it is stored
    # (surveys.services.survey_response_create) and thanked like the first.
    draft = None
    if len(steps) > 1:
        # Lock the draft before looking for the response: an identical POST sent at
        # the same time waits here until the first one has stored the response and
        # deleted the draft, then finds the response (not an empty draft).
        draft = survey_draft_locked(page=page, draft_id=flow.draft_id)
    answers = dict(draft.answers) if draft else {}
    # Only a missing draft can mean the form was sent before (sending deletes it);
    # one per e-mail asks too, or a second sending would find its own address counted.
    if (
        draft is None
        and (len(steps) > 1 or page.response_policy == ResponsePolicy.ONE_PER_EMAIL)
        and response_exists_for_token(flow.draft_id)
    ):
        # The same form sent again (a double click, a reload): it is stored once.
        return _thank(request, page)
    if honeypot_filled(request.POST):
        logger.info("Discarded a survey response with the honeypot filled in (page %s).", page.pk)
        return page.render_landing_page(request)
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
    return _submit(request, page, steps, flow, form, answers, draft=draft)


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
    *,
    draft: SurveyDraft | None = None,
) -> HttpResponse:
    """Store the response of a completed survey (page.process_form_submission) and thank.

    `draft` is the draft row locked for this POST, deleted with the response stored.
    """
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
        form, request=request, answers=answers, submission_token=flow.draft_id, draft=draft
    )
    return _thank(request, page, submission)


def _thank(request: HttpRequest, page: SurveyPage, submission=None) -> HttpResponse:
    """The thank-you page; a one-per-browser survey remembers it was answered here."""
    response = page.render_landing_page(request, submission)
    if page.response_policy == ResponsePolicy.ONE_PER_BROWSER:
        remember_answered(response, request, page)
    return response


def render_stale(
    request: HttpRequest, page: SurveyPage, steps: list[Step], flow: Flow
) -> HttpResponse:
    """The step again, with the answers just sent and a fresh token: the form was open too long.

    Nothing is stored and nothing is checked: the resident reads the notice and sends again.
    """
    logger.info("A survey step came with a stale token (page %s).", page.pk)
    earlier = survey_draft_answers(page=page, draft_id=flow.draft_id) if flow.draft_id else {}
    form = page.get_form(request.POST, steps=steps, step=flow.step, answers=earlier)
    # Bound to what was sent, so every typed answer is shown again; the errors of
    # a check that was never meant to run are dropped.
    form.full_clean()
    form.errors.clear()
    form.question_errors.clear()
    return render_step(request, page, steps, flow, form, status=403, stale=True)


# --- Screens -------------------------------------------------------------------


def render_step(
    request: HttpRequest,
    page: SurveyPage,
    steps: list[Step],
    flow: Flow,
    form: StepForm,
    status: int = 200,
    stale: bool = False,
) -> HttpResponse:
    """The page showing one step's form, the flow token in it.

    Args:
        stale: say that the form was open too long and must be sent again.
    """
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
        "stale": stale,
        "error_count": sum(len(question.errors) for question in bound.values())
        + len(form.non_field_errors())
        + sum(len(field.errors) for field in form.extra_fields()),
    }
    response = page.render(request, template=page.get_template(request), context_overrides=context)
    response.status_code = status
    if (
        flow.draft_id is not None
        or request.method != "GET"
        or page.response_policy == ResponsePolicy.ONE_PER_BROWSER
    ):
        # The token names this resident's draft, or the page depends on the browser's
        # "answered" cookie, which a whole-page cache does not look at.
        never_store(response)
    return response


def annotate_conditions(
    bound: dict[str, BoundQuestion],
    questions: list[Question],
    earlier_answers: dict[str, Any],
    step: Step,
) -> None:
    """Hide questions whose condition on an earlier step is not met; hint at the others.

    A condition on this step is shown and hidden by surveys.js as the resident
    answers; `waits_for_answer` marks the questions it will hide on load, so the
    stylesheet hides them before the first paint (no layout shift) while a
    browser without JavaScript still shows them with their hint.
    """
    by_key = {question.key: question for question in questions}
    on_this_step = {question.key for question in step.questions}
    current_answers = {
        key: bound_question.fields[0].value()
        for key, bound_question in bound.items()
        if bound_question.fields
    }
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
        bound_question.waits_for_answer = not condition_met(condition, current_answers)
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
    """`page.render` with a status, never stored by a cache (see `never_store`)."""
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    never_store(response)
    return response


def never_store(response: HttpResponse) -> None:
    """Keep a response out of every cache.

    Like Django's add_never_cache_headers but without `private`: `no-store`
    already keeps it out of shared caches, and nothing here depends on a cookie.
    """
    patch_response_headers(response, cache_timeout=-1)
    patch_cache_control(response, no_cache=True, no_store=True, must_revalidate=True)


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
