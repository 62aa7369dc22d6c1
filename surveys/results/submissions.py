"""Wagtail's form submissions list for surveys (SurveyPage.submissions_list_view_class).

SurveyPage is a FormMixin page, so Wagtail's "Forms" menu lists its
responses; editors use it to delete responses. Two things differ from
Wagtail's own list:

- its CSV/XLSX export (`?export=csv|xlsx`) neither neutralizes formulas nor
  streams: it is not offered, and such a request is redirected to the
  survey's own export (surveys.export, via ExportView), with the list's
  date filter; a header button links to the survey's responses, which
  offer the same exports;
- the survey's questions are read once per request and handed to every
  row (`SurveyResponse.get_data(questions)`), not once per row.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import HeaderButton
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListView

from ..questions import survey_questions

# The list's date range filter (DateRangePickerWidget) uses the names of ResponseFilterForm.
EXPORT_FILTERS = ("date_from", "date_to")


class SurveySubmissionsListView(SubmissionsListView):
    show_export_buttons = False

    def dispatch(self, request, *args, **kwargs):
        if not self.is_export:
            return super().dispatch(request, *args, **kwargs)
        form_page = kwargs["form_page"]
        if not get_forms_for_user(request.user).filter(pk=form_page.pk).exists():
            raise PermissionDenied
        query = request.GET.copy()
        for name in list(query):
            if name not in EXPORT_FILTERS:
                del query[name]
        url = reverse("survey_results:export", args=[form_page.pk, request.GET["export"]])
        return redirect(f"{url}?{query.urlencode()}" if query else url)

    @cached_property
    def questions(self):
        return survey_questions(self.form_page)

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Survey responses"),
                url=reverse("survey_results:responses", args=[self.form_page.pk]),
                icon_name="download",
            )
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("locale")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        # Wagtail calls get_data() on each row without arguments: give each the questions.
        object_list = list(object_list)
        for submission in object_list:
            submission.survey_questions = self.questions
        return paginator, page, object_list, is_paginated
