"""The survey results in the Wagtail admin: results, the responses list, exports, publishing.

Every view answers 404 for a page that is not a survey and 403 (a plain
page, not Wagtail's redirect to the dashboard) for users who may not edit it.
"""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import SurveyPage, SurveyResponse
from ..questions import answer_display, other_key, survey_questions
from ..selectors import survey_responses
from .aggregate import survey_results
from .charts import per_day_chart, results_sections
from .export import csv_export_response, xlsx_export_response
from .forms import ResponseFilterForm
from .permissions import can_view_results
from .public import forget_public_results

RESPONSES_PER_PAGE = 25
EXPORTS = {"csv": csv_export_response, "xlsx": xlsx_export_response}


class SurveyAdminMixin:
    """Loads the survey named in the URL and checks the user may see its responses."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_results(request.user, self.page):
            return render(
                request,
                "includes/admin_forbidden.html",
                {
                    "message": _(
                        "Only people who may edit this survey can see its responses and results."
                    )
                },
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def page(self):
        page = get_object_or_404(
            SurveyPage.objects.select_related("locale"), pk=self.kwargs["page_id"]
        )
        return page

    def links(self):
        return {
            "results_url": reverse("survey_results:results", args=[self.page.pk]),
            "responses_url": reverse("survey_results:responses", args=[self.page.pk]),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        }


class ResultsView(SurveyAdminMixin, WagtailAdminTemplateMixin, TemplateView):
    """Charts and tables of the confirmed responses in every language."""

    template_name = "surveys/results/admin/results.html"
    header_icon = "table"

    def get_page_title(self):
        return _("Survey results: %(title)s") % {"title": self.page.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = survey_results(self.page)
        context.update(
            self.links(),
            page=self.page,
            results=results,
            sections=results_sections(results),
            per_day_chart=per_day_chart(results, "chart-per-day"),
            public_url=self.page.get_results_url(self.request),
        )
        return context


def publishable_keys(questions):
    """The answer keys whose text an editor may publish: free text and "Other", never personal."""
    keys = {}
    for question in questions:
        if question.personal_data:
            continue
        if question.question_type.free_text:
            keys[question.key] = question
        if question.allow_other:
            keys[other_key(question)] = question
    return keys


class ResponsesView(SurveyAdminMixin, WagtailAdminTemplateMixin, TemplateView):
    """Responses, newest first, filtered by dates and status, with the exports of the same set."""

    template_name = "surveys/results/admin/responses.html"
    header_icon = "form"

    def get_page_title(self):
        return _("Survey responses: %(title)s") % {"title": self.page.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ResponseFilterForm(self.request.GET or None)
        responses = survey_responses(self.page, confirmed_only=False).select_related("locale")
        if form.is_bound and form.is_valid():
            responses = form.filter(responses)
        elif form.is_bound:
            responses = responses.none()
        paginator = Paginator(responses.order_by("-submit_time", "-pk"), RESPONSES_PER_PAGE)
        current = paginator.get_page(self.request.GET.get("p"))
        questions = survey_questions(self.page)
        publishable = publishable_keys(questions)
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            self.links(),
            page=self.page,
            filter_form=form,
            responses=current,
            rows=[self.row(response, questions, publishable) for response in current],
            questions=questions,
            query_string=query.urlencode(),
            csv_url=self.export_url("csv", query),
            xlsx_url=self.export_url("xlsx", query),
            next_url=self.request.get_full_path(),
        )
        return context

    def export_url(self, file_format, query):
        url = reverse("survey_results:export", args=[self.page.pk, file_format])
        return f"{url}?{query.urlencode()}" if query else url

    @staticmethod
    def row(response, questions, publishable):
        answers = response.form_data or {}
        published = set(response.published_answers or ())
        texts = [
            {"key": key, "question": question, "text": answers[key], "published": key in published}
            for key, question in publishable.items()
            if answers.get(key)
        ]
        return {
            "response": response,
            "answers": [answer_display(question, answers) for question in questions],
            "texts": texts,
        }


class ExportView(SurveyAdminMixin, View):
    """All the responses matching the list's filters as CSV or XLSX, streamed."""

    def get(self, request, page_id, file_format):
        export = EXPORTS.get(file_format)
        if export is None:
            raise Http404
        form = ResponseFilterForm(request.GET or None)
        responses = survey_responses(self.page, confirmed_only=False)
        if form.is_bound and not form.is_valid():
            return HttpResponseRedirect(
                f"{reverse('survey_results:responses', args=[page_id])}?{request.GET.urlencode()}"
            )
        if form.is_bound:
            responses = form.filter(responses)
        filename = f"{self.page.slug}-{timezone.localdate():%Y-%m-%d}.{file_format}"
        return export(self.page, responses, filename)


class PublishView(SurveyAdminMixin, View):
    """Mark one free-text answer of a response for publication, or take it back (POST only)."""

    http_method_names = ["post"]

    def post(self, request, page_id, response_id):
        response = get_object_or_404(
            SurveyResponse, pk=response_id, page__translation_key=self.page.translation_key
        )
        key = request.POST.get("key", "")
        if key not in publishable_keys(survey_questions(self.page)):
            raise Http404
        published = [item for item in response.published_answers or [] if item != key]
        if request.POST.get("publish") == "1":
            published.append(key)
        response.published_answers = published
        response.save(update_fields=["published_answers"])
        forget_public_results(self.page)
        return HttpResponseRedirect(self.next_url(request))

    def next_url(self, request):
        url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
            return url
        return reverse("survey_results:responses", args=[self.page.pk])
