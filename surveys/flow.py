"""The signed token that carries a resident through a survey's steps without a cookie.

The token names a draft (a random id) and the step the form shows; it is
signed, so a changed step number or draft id is rejected, and it expires
with DRAFT_LIFETIME. Its id is also the response's one-time submission
token, so the same form sent twice stores one response.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.core import signing
from django.utils import timezone

from .models import SurveyDraft

DRAFT_LIFETIME = datetime.timedelta(days=1)


class FlowTampered(Exception):
    """The token of the survey flow was changed, forged or has expired."""


@dataclass(frozen=True)
class Flow:
    draft_id: uuid.UUID
    step: int


def _salt(page):
    return f"surveys.flow.{page.translation_key}"


def flow_start():
    return Flow(draft_id=uuid.uuid4(), step=1)


def flow_dumps(page, flow):
    """The signed value of the hidden `flow` field."""
    return signing.dumps({"d": flow.draft_id.hex, "s": flow.step}, salt=_salt(page), compress=False)


def flow_loads(page, value, step_count):
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


def draft_answers(page, flow):
    """The answers saved for the earlier steps of this flow ({} when none)."""
    draft = SurveyDraft.objects.filter(pk=flow.draft_id, page=page).first()
    return dict(draft.answers) if draft else {}


def draft_save(page, flow, answers):
    SurveyDraft.objects.update_or_create(
        pk=flow.draft_id, defaults={"page": page, "answers": answers, "step": flow.step}
    )


def drafts_expired():
    return SurveyDraft.objects.filter(updated_at__lt=timezone.now() - DRAFT_LIFETIME)
