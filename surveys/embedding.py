"""A survey served inside another website's <iframe> (the widgets app), with the same flow.

The embedded survey goes through exactly the steps of SurveyPage.serve
(surveys.flow: refusal, first step, each POST, thank-you) and so keeps
everything that protects the page: the signed, expiring flow token naming
the draft, the Origin/Referer check, the honeypot, reCAPTCHA, the rate
limits, and one stored response per draft id. Only the templates differ:
`serve_embedded` renders the flow's three kinds of screens (step, message,
thank-you) with the templates it is given, plus extra context.

The Origin/Referer check needs no change inside a third-party iframe: the
form is a document of this site (the iframe's), so its POST names this
site's origin, whatever page frames it. No cookie is involved at any step,
so it works where the browser blocks third-party cookies.

Nothing in surveys imports this module; `on_submission` lets the caller count
a response that was really stored (not a duplicate of one already stored).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse

from core.page_cache import cache_until

from . import flow
from .selectors import response_exists_for_token

if TYPE_CHECKING:
    from .models import SurveyPage


@dataclass(frozen=True)
class EmbedTemplates:
    """The widget's templates for the flow's screens."""

    step: str
    message: str
    landing: str


def _embedded(
    page: SurveyPage,
    templates: EmbedTemplates,
    context: dict[str, Any],
    on_submission: Callable[[], None] | None,
) -> SurveyPage:
    """The same page object, rendering with the widget's templates and context.

    The flow asks the page to render (`page.render(template=…)`) and to store
    (`page.process_form_submission`); overriding both on this one instance
    changes nothing for the page served at its own address.
    """
    by_template = {
        page.template: templates.step,
        page.landing_page_template: templates.landing,
        flow.MESSAGE_TEMPLATE: templates.message,
    }
    render = page.render
    store = page.process_form_submission

    def render_embedded(request, *args, template=None, context_overrides=None, **kwargs):
        return render(
            request,
            *args,
            template=by_template.get(template, template),
            context_overrides={**context, **(context_overrides or {})},
            **kwargs,
        )

    def store_and_count(form, *args, submission_token, **kwargs):
        # Reached only under the draft's row lock, after the flow found no response
        # for this token, so a duplicate POST never counts twice. Whatever else the
        # flow passes (request, answers, the locked draft) goes through unchanged.
        existed = response_exists_for_token(submission_token)
        submission = store(form, *args, submission_token=submission_token, **kwargs)
        if not existed and on_submission is not None:
            on_submission()
        return submission

    page.render = render_embedded
    page.process_form_submission = store_and_count
    return page


def serve_embedded(
    request: HttpRequest,
    page: SurveyPage,
    *,
    templates: EmbedTemplates,
    context: dict[str, Any] | None = None,
    on_submission: Callable[[], None] | None = None,
) -> HttpResponse:
    """Serve one request of the survey's flow, as SurveyPage.serve does, in the given templates.

    Args:
        page: a live, public SurveyPage (the caller checks both).
        templates: the widget's step, message and thank-you templates.
        context: added to every screen (e.g. the widget's theme and form address).
        on_submission: called once when a response is stored (not for a duplicate).
    """
    page = _embedded(page, templates, context or {}, on_submission)
    refusal = flow.refusal(request, page)
    if request.method == "POST" and refusal is None:
        return flow.post_step(request, page)
    response = refusal or flow.first_step(request, page)
    cache_until(response, page.next_state_change())
    return response
