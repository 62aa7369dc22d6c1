"""The office's dashboard panel of open surveys and how many responses each has.

Registered on the Wagtail admin home by surveys/wagtail_hooks.py. One row
per survey, not per language version: responses are counted across all the
versions (a survey's responses share its translation key), and the row
names the version created first, usually the Polish one.
"""

import datetime

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.utils import get_forms_for_user

from .models import ResponseStatus, SurveyPage, SurveyResponse

DASHBOARD_SURVEY_COUNT = 10


def open_surveys_for_dashboard(
    *, user, now: datetime.datetime | None = None, limit: int = DASHBOARD_SURVEY_COUNT
) -> list[SurveyPage]:
    """Live, open surveys the user may edit, closing soonest first, with `response_count`.

    One query however many surveys and responses there are. A response
    counts once confirmed (pending ones await an e-mail confirmation).

    Args:
        user: the admin user; only surveys whose results they may see are listed.
        now: the moment deciding which surveys are open (default: now).
        limit: how many surveys at most.

    Returns:
        SurveyPage objects with a `response_count` attribute.
    """
    now = now or timezone.now()
    candidates = (
        SurveyPage.objects.live()
        .filter(pk__in=get_forms_for_user(user).values("pk"))
        .filter(Q(opens_at__isnull=True) | Q(opens_at__lte=now))
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))
    )
    first_version = candidates.filter(translation_key=OuterRef("translation_key")).order_by("pk")
    responses = (
        SurveyResponse.objects.filter(
            page__translation_key=OuterRef("translation_key"),
            status=ResponseStatus.CONFIRMED,
        )
        .order_by()
        .values("page__translation_key")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return list(
        candidates.filter(pk=Subquery(first_version.values("pk")[:1]))
        .annotate(response_count=Coalesce(Subquery(responses), 0))
        .select_related("locale")
        .order_by(F("closes_at").asc(nulls_last=True), "title")[:limit]
    )


class OpenSurveysPanel(Component):
    """Open surveys with their response counts, each linked to its results."""

    name = "open_surveys"
    template_name = "surveys/admin/dashboard_open_surveys.html"
    # After Wagtail's moderation panels (210, 220), before recent edits (250).
    order = 230

    def __init__(self, surveys: list[SurveyPage]):
        self.surveys = surveys

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["surveys"] = self.surveys
        return context
