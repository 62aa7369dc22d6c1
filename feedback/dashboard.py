"""The office's dashboard panel of pages residents found not useful in the last days.

Registered on the Wagtail admin home by feedback/wagtail_hooks.py, for
holders of the report permission only; each row links to the page's
answers and comments, and the panel to the whole report for the same days.
"""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from .selectors import usefulness_report

# "This week": the last seven days, today included, so that Monday's
# dashboard is not empty.
DASHBOARD_DAYS = 7
DASHBOARD_PAGE_COUNT = 10


def dashboard_date_from(today: datetime.date | None = None) -> datetime.date:
    """The first day the panel counts (in the site's time zone)."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=DASHBOARD_DAYS - 1)


def pages_voted_not_useful(
    *, date_from: datetime.date, limit: int = DASHBOARD_PAGE_COUNT
) -> list[dict]:
    """Pages with at least one "no" since `date_from`, the most "no" votes first.

    One query however many pages and answers there are.

    Returns:
        Rows of the usefulness report (page_id, title, language, yes, no,
        total, share, comments).
    """
    return list(
        usefulness_report(date_from=date_from)
        .filter(no__gt=0)
        .order_by("-no", "-total", "title", "page_id")[:limit]
    )


class NotUsefulPagesPanel(Component):
    """Pages with "no" answers in the last seven days, linked to their answers."""

    name = "pages_voted_not_useful"
    template_name = "feedback/admin/dashboard_not_useful.html"
    # After the open surveys panel (230), before recent edits (250).
    order = 240

    def __init__(self, rows: list[dict], date_from: datetime.date):
        self.rows = rows
        self.date_from = date_from

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = self.rows
        context["days"] = DASHBOARD_DAYS
        context["report_url"] = "{}?{}".format(
            reverse("feedback_admin:report"),
            urlencode({"date_from": self.date_from.isoformat()}),
        )
        return context
