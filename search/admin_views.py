"""Query statistics in the admin: popular queries and queries without results, per language."""

import csv

from django import forms
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from core.spreadsheets import BOM, Echo, neutralize

from .models import STATISTICS_PERMISSION
from .statistics import query_statistics

ROWS_SHOWN = 50


class StatisticsFilterForm(forms.Form):
    """The language (required: queries of different languages are different words) and days."""

    language = forms.ChoiceField(label=gettext_lazy("Language"))
    date_from = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, data=None):
        locales = list(Locale.objects.order_by("pk"))
        initial = {"language": Locale.get_default().language_code}
        super().__init__({**initial, **data.dict()} if data else initial)
        self.locales = {locale.language_code: locale for locale in locales}
        self.fields["language"].choices = [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]

    def filters(self) -> dict:
        """Keyword arguments of `query_statistics` (the default language if invalid)."""
        if not self.is_valid():
            return {"locale": Locale.get_default()}
        data = self.cleaned_data
        return {
            "locale": self.locales[data["language"]],
            "date_from": data["date_from"],
            "date_to": data["date_to"],
        }


class StatisticsPermissionMixin:
    """Only holders of search.view_search_statistics; others get a plain 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STATISTICS_PERMISSION):
            return render(
                request,
                "includes/admin_forbidden.html",
                {
                    "message": _(
                        "You do not have permission to view the search statistics. "
                        "Ask an administrator to give your group this permission."
                    )
                },
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class SearchStatisticsView(StatisticsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """The most frequent queries and the most frequent queries that found nothing."""

    template_name = "search/admin/statistics.html"
    page_title = gettext_lazy("Search statistics")
    header_icon = "search"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_form = StatisticsFilterForm(self.request.GET or None)
        filters = filter_form.filters()
        query_string = self.request.GET.urlencode()
        export_url = reverse("search_admin:export")
        context.update(
            filter_form=filter_form,
            popular=list(query_statistics(**filters)[:ROWS_SHOWN]),
            without_results=list(query_statistics(**filters, without_results=True)[:ROWS_SHOWN]),
            popular_export_url=f"{export_url}?{query_string}",
            without_results_export_url=f"{export_url}?without_results=1&{query_string}",
        )
        return context


class SearchStatisticsExportView(StatisticsPermissionMixin, TemplateView):
    """Every row of one list under the same filters, as CSV (UTF-8 with BOM, cells neutralised)."""

    def get(self, request, *args, **kwargs):
        params = request.GET.copy()
        without_results = params.pop("without_results", None) is not None
        filters = StatisticsFilterForm(params or None).filters()
        rows = query_statistics(**filters, without_results=without_results).iterator()
        header = [_("Query"), _("Searches"), _("Last searched")]
        writer = csv.writer(Echo())

        def lines():
            yield BOM
            yield writer.writerow(header)
            for row in rows:
                yield writer.writerow(
                    [neutralize(row["query"]), row["searches"], row["last_searched"].isoformat()]
                )

        name = "queries-without-results" if without_results else "popular-queries"
        language = filters["locale"].language_code
        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{name}-{language}-{timezone.localdate():%Y-%m-%d}.csv"'
        )
        return response
