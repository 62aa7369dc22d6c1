"""The usefulness report in the Wagtail admin: per page, per page with comments, CSV."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .export import csv_response
from .models import REPORT_PERMISSION
from .selectors import page_comments, page_totals, usefulness_report

ROWS_PER_PAGE = 50


class ReportFilterForm(forms.Form):
    """Language and the days the answers were sent (both ends included)."""

    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("All languages")), *settings.LANGUAGES],
    )
    date_from = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filters(self):
        """The valid filters as keyword arguments for the selectors (none if invalid)."""
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}


def share_percent(share):
    """0.754 → "75%": whole percent is as precise as a few dozen answers deserve."""
    return "" if share is None else f"{round(share * 100)}%"


class ReportPermissionMixin:
    """Only holders of feedback.view_page_feedback_report; others get a plain 403.

    Wagtail's admin turns PermissionDenied into a redirect to the dashboard;
    the report answers 403 instead, so that a link shared with someone who
    may not see it says so clearly (and tests can tell).
    """

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            return render(
                request,
                "includes/admin_forbidden.html",
                {
                    "message": _(
                        "You do not have permission to view the page usefulness report. "
                        "Ask an administrator to add you to the Moderators group."
                    )
                },
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class UsefulnessReportView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per page: yes, no, share useful, comments; filtered and paginated."""

    template_name = "feedback/admin/report.html"
    page_title = gettext_lazy("Page usefulness")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_form = ReportFilterForm(self.request.GET or None)
        filters = filter_form.filters()
        paginator = Paginator(usefulness_report(**filters), ROWS_PER_PAGE)
        rows = paginator.get_page(self.request.GET.get("p"))
        for row in rows:
            row["share_percent"] = share_percent(row["share"])
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            filter_form=filter_form,
            rows=rows,
            query_string=query.urlencode(),
            export_url=f"{reverse('feedback_admin:export')}?{query.urlencode()}",
        )
        return context


def report_csv_rows(rows):
    for row in rows:
        yield [
            row["page_id"],
            row["title"],
            row["language"],
            row["yes"],
            row["no"],
            share_percent(row["share"]),
            row["comments"],
        ]


class UsefulnessReportExportView(ReportPermissionMixin, TemplateView):
    """The report's rows under the same filters, all of them, as CSV."""

    def get(self, request, *args, **kwargs):
        filters = ReportFilterForm(request.GET or None).filters()
        header = [
            _("Page ID"),
            _("Page"),
            _("Language"),
            _("Yes"),
            _("No"),
            _("Useful"),
            _("Comments"),
        ]
        rows = report_csv_rows(usefulness_report(**filters).iterator())
        return csv_response(f"page-usefulness-{timezone.localdate():%Y-%m-%d}.csv", header, rows)


class PageFeedbackDetailView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One page's numbers and its comments, newest first."""

    template_name = "feedback/admin/detail.html"
    header_icon = "help"

    def get_page_title(self):
        return _("Page usefulness: %(title)s") % {"title": self.page.title}

    @cached_property
    def page(self):
        # Looked up lazily, after the permission check: a 404 would otherwise
        # tell people without the permission which page ids exist.
        return get_object_or_404(Page.objects.select_related("locale"), pk=self.kwargs["page_id"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_form = ReportFilterForm(self.request.GET or None)
        filters = filter_form.filters()
        filters.pop("language", None)  # a page has one language
        totals = page_totals(page=self.page, **filters)
        totals["share_percent"] = share_percent(
            totals["yes"] / totals["total"] if totals["total"] else None
        )
        paginator = Paginator(page_comments(page=self.page, **filters), ROWS_PER_PAGE)
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            page=self.page,
            filter_form=filter_form,
            totals=totals,
            comments=paginator.get_page(self.request.GET.get("p")),
            query_string=query.urlencode(),
            report_url=reverse("feedback_admin:report"),
            export_url=(
                f"{reverse('feedback_admin:detail_export', args=[self.page.pk])}"
                f"?{query.urlencode()}"
            ),
        )
        return context


class PageFeedbackExportView(ReportPermissionMixin, TemplateView):
    """One page's comments as CSV: when, yes or no, and the text."""

    def get(self, request, *args, **kwargs):
        page = get_object_or_404(Page, pk=kwargs["page_id"])
        filters = ReportFilterForm(request.GET or None).filters()
        filters.pop("language", None)
        header = [_("Sent at"), _("Useful"), _("Comment")]
        # Translated now: the rows are written after the view has returned,
        # when the editor's admin language is no longer active.
        yes, no = _("Yes"), _("No")
        answers = page_comments(page=page, **filters).iterator()
        rows = (
            [
                timezone.localtime(answer.created_at).strftime("%Y-%m-%d %H:%M"),
                yes if answer.useful else no,
                answer.comment,
            ]
            for answer in answers
        )
        return csv_response(f"page-{page.pk}-comments.csv", header, rows)
