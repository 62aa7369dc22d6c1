"""A project's status, derived from its realisation period.

Editors give the start and end month; the status follows from today's
date, so a project never shows as "planned" after it has started because
someone forgot to update it. Only a project without a known period uses the
status the editor declared.

The same rule exists twice, in Python for one page and as a database
expression for filtering and ordering lists; tests check they agree.
"""

from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


# Ongoing projects first, then what is coming, then what is done.
STATUS_ORDER = (ProjectStatus.ONGOING, ProjectStatus.PLANNED, ProjectStatus.COMPLETED)


def current_month(today=None):
    """The first day of the current month in the site's time zone."""
    today = today or timezone.localdate()
    return today.replace(day=1)


def first_of_month(date):
    return date.replace(day=1) if date else None


def project_status(start_month, end_month, declared_status, today=None):
    """The status of a project with this period on `today` (default: now, in Warsaw)."""
    this_month = current_month(today)
    if end_month and end_month < this_month:
        return ProjectStatus.COMPLETED
    if start_month and start_month > this_month:
        return ProjectStatus.PLANNED
    if start_month:
        return ProjectStatus.ONGOING
    return declared_status or ProjectStatus.PLANNED


def status_expression(today=None):
    """`project_status` as a database expression over ProjectPage columns."""
    this_month = current_month(today)
    return Case(
        When(end_month__lt=this_month, then=Value(ProjectStatus.COMPLETED.value)),
        When(start_month__gt=this_month, then=Value(ProjectStatus.PLANNED.value)),
        When(start_month__isnull=False, then=Value(ProjectStatus.ONGOING.value)),
        When(declared_status="", then=Value(ProjectStatus.PLANNED.value)),
        default="declared_status",
        output_field=models.CharField(),
    )


def status_rank_expression(status_field="status"):
    """The position of an annotated status in STATUS_ORDER, for ordering lists."""
    return Case(
        *(
            When(**{status_field: status.value}, then=Value(rank))
            for rank, status in enumerate(STATUS_ORDER)
        ),
        default=Value(len(STATUS_ORDER)),
        output_field=IntegerField(),
    )
