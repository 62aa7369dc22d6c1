"""Survey pages: the index of surveys and the survey, served the way Wagtail serves a form.

SurveyPage is a `wagtail.contrib.forms` form page: `serve` dispatches like
`AbstractForm.serve`, to Wagtail's hooks `get_form` (the form of one step),
`process_form_submission` (the response stored, its e-mails sent on commit)
and `render_landing_page` (the thank-you page); surveys.flow carries the
resident from step to step between them. Its public results are routes of
the page (surveys.results.public).

The modules imported here import the models' modules (surveys.models.choices,
surveys.models.responses), never the `surveys.models` package, which is
still loading.
"""

import datetime
import functools
import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, IntegerField, Min, Q, Value, When
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import FormMixin, validate_to_address
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from core.page_cache import cache_until
from core.restrictions import is_restricted

from .. import emails, flow
from ..blocks.stream import SurveyStreamBlock
from ..forms import StepForm
from ..questions import Step, survey_questions, survey_steps
from ..results import public
from ..services import email_hash, survey_response_create
from .choices import ResponsePolicy
from .responses import SurveyDraft, SurveyResponse

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class SurveyIndexPage(BasePage):
    """Lists the surveys of one language version of the site."""

    intro = RichTextField(verbose_name=_("Introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["surveys.SurveyPage"]
    template = "surveys/survey_index_page.html"

    class Meta:
        verbose_name = _("Survey index page")
        verbose_name_plural = _("Survey index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        surveys = list(SurveyPage.objects.child_of(self).live().public().in_listing_order())
        for survey in surveys:
            # The list holds public surveys only, so no restriction is looked
            # up per item: the page costs the same queries for any number.
            survey.listed_results_url = survey.public_results_url(request)
        context["surveys"] = surveys
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The list's order and each survey's state change when one opens or closes.
        cache_until(response, SurveyPage.objects.child_of(self).live().next_state_change())
        return response


class SurveyPageQuerySet(PageQuerySet):
    def in_listing_order(self, now: datetime.datetime | None = None) -> "SurveyPageQuerySet":
        """Open surveys first, then upcoming, then closed (as SurveyPage.state says); newest first.

        Newest by first publication, within each state.
        """
        now = now or timezone.now()
        return self.annotate(
            state_order=Case(
                When(opens_at__gt=now, then=Value(1)),
                When(closes_at__lte=now, then=Value(2)),
                default=Value(0),
                output_field=IntegerField(),
            )
        ).order_by("state_order", "-first_published_at")

    def next_state_change(self, now: datetime.datetime | None = None) -> datetime.datetime | None:
        """The next moment one of these surveys opens or closes (one query), or None."""
        now = now or timezone.now()
        moments = self.aggregate(
            next_opening=Min("opens_at", filter=Q(opens_at__gt=now)),
            next_closing=Min("closes_at", filter=Q(closes_at__gt=now)),
        )
        return min((moment for moment in moments.values() if moment), default=None)


class SurveyPage(RoutablePageMixin, FormMixin, BasePage):
    """A survey or sign-up form, built from question blocks (see surveys.questions).

    Wagtail's submissions list of its responses is surveys.results.submissions
    (see `get_submissions_list_view_class`).
    """

    base_form_class = WagtailAdminPageForm
    # Its POSTs carry a signed token and are checked for their origin (surveys.flow),
    # so they need no CSRF cookie: core.cookieless_forms.OwnFormChecksMiddleware lets them past.
    checks_own_form_posts = True

    intro = RichTextField(verbose_name=_("Introduction"), blank=True, features=RICH_TEXT_FEATURES)
    questions = StreamField(SurveyStreamBlock(), verbose_name=_("Questions"))
    opens_at = models.DateTimeField(
        _("Opens at"), null=True, blank=True, help_text=_("Leave empty to open it when published.")
    )
    closes_at = models.DateTimeField(
        _("Closes at"), null=True, blank=True, help_text=_("Leave empty to keep it open.")
    )
    results_public = models.BooleanField(
        _("Publish the results after closing"),
        default=False,
        help_text=_(
            "Aggregate results; free-text answers only where you mark them for publication."
        ),
    )
    response_policy = models.CharField(
        _("Responses allowed"),
        max_length=20,
        choices=ResponsePolicy.choices,
        default=ResponsePolicy.UNLIMITED,
        help_text=_(
            "“One per e-mail address” asks for an address and counts the response only "
            "after the link sent to it is clicked."
        ),
    )
    consent_text = models.TextField(
        _("Consent to the processing of personal data"),
        blank=True,
        max_length=3000,
        help_text=_(
            "Required when a question asks for personal data: who processes the data, "
            "why, for how long, and the resident's rights (RODO / GDPR)."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("Keep personal data for (days)"),
        default=365,
        help_text=_("Answers to personal-data questions are deleted this many days after sending."),
    )
    thank_you_text = RichTextField(
        verbose_name=_("Thank-you text"), blank=True, features=RICH_TEXT_FEATURES
    )
    office_email = models.CharField(
        _("Send each response to"),
        max_length=500,
        blank=True,
        validators=[validate_to_address],
        help_text=_("Addresses of the office, separated by commas; leave empty for no e-mail."),
    )
    send_copy_to_resident = models.BooleanField(
        _("Send the resident a copy"),
        default=False,
        help_text=_(
            "Sent to the address given in the survey's first e-mail question. With “One per "
            "confirmed e-mail address”, only once that address is confirmed; otherwise the "
            "address is not proven, so the copy leaves out typed-in text."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [FieldPanel("opens_at"), FieldPanel("closes_at"), FieldPanel("results_public")],
            heading=_("Dates and results"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("response_policy"),
                FieldPanel("consent_text"),
                FieldPanel("retention_days"),
            ],
            heading=_("Responses and personal data"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("thank_you_text"),
                FieldPanel("office_email"),
                FieldPanel("send_copy_to_resident"),
            ],
            heading=_("After sending"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("questions"),
        TranslatableField("consent_text"),
        TranslatableField("thank_you_text"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("results_public"),
        SynchronizedField("response_policy"),
        SynchronizedField("retention_days"),
        SynchronizedField("office_email"),
        SynchronizedField("send_copy_to_resident"),
    ]

    parent_page_types = ["surveys.SurveyIndexPage"]
    subpage_types = []
    template = "surveys/survey_page.html"
    landing_page_template = "surveys/survey_page_landing.html"
    results_template = "surveys/results/results_page.html"

    objects = PageManager.from_queryset(SurveyPageQuerySet)()

    class Meta:
        verbose_name = _("Survey")
        verbose_name_plural = _("Surveys")

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The survey must close after it opens.")
        if self.asks_personal_data() and not self.consent_text.strip():
            errors["consent_text"] = _(
                "A question asks for personal data, so residents must be asked for consent."
            )
        if errors:
            raise ValidationError(errors)

    # --- State -----------------------------------------------------------

    def state(self, now=None):
        """ "upcoming", "open" or "closed" (SurveyPageQuerySet.in_listing_order sorts by it)."""
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return "upcoming"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "open"

    def asks_personal_data(self):
        return any(question.personal_data for question in survey_questions(self))

    # --- Serving: Wagtail's form hooks, step by step (surveys.flow) --------

    def serve(self, request, view=None, args=None, kwargs=None):
        """Serve the survey the way AbstractForm.serve serves a form, one step per request.

        Other routes (the public results) are served by RoutablePageMixin.
        """
        # RoutablePageMixin routes "/" to its index_route, which knows nothing of forms.
        if view is not None and view.__name__ != "index_route":
            return super().serve(request, view, args, kwargs)
        refusal = flow.refusal(request, self)
        if request.method == "POST" and refusal is None:
            return flow.post_step(request, self)
        response = refusal or flow.first_step(request, self)
        # Opening and closing change the page without an edit, so no purge comes.
        cache_until(response, self.next_state_change())
        return response

    def next_state_change(self, now: datetime.datetime | None = None) -> datetime.datetime | None:
        """When this survey next opens or closes, or None."""
        now = now or timezone.now()
        return min(
            (moment for moment in (self.opens_at, self.closes_at) if moment and moment > now),
            default=None,
        )

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return flow.first_step(request, self)

    def get_form(
        self,
        data=None,
        *,
        steps: list[Step] | None = None,
        step: int = 1,
        answers: dict[str, Any] | None = None,
        final: bool | None = None,
        **kwargs,
    ) -> StepForm:
        """The form of step `step` (1-based), holding the answers given so far.

        Args:
            data: the POSTed data, to bind the form.
            steps: the survey's steps (surveys.questions.survey_steps), read once per request.
            answers: the answers of every step so far.
            final: add what sending needs (consent, the e-mail to confirm,
                reCAPTCHA); by default on the last step.
            kwargs: Wagtail's `page` and `user`, not used.
        """
        steps = steps or survey_steps(self)
        answers = answers or {}
        this_step = flow.step_keys(steps[step - 1])
        return StepForm(
            data,
            questions=steps[step - 1].questions,
            earlier_answers={key: value for key, value in answers.items() if key not in this_step},
            initial_answers=answers,
            final=step == len(steps) if final is None else final,
            ask_consent=self.asks_personal_data(),
            consent_text=self.consent_text,
            ask_email=self.response_policy == ResponsePolicy.ONE_PER_EMAIL,
        )

    def process_form_submission(
        self,
        form: StepForm,
        *,
        request: HttpRequest,
        answers: dict[str, Any],
        submission_token: uuid.UUID,
        draft: SurveyDraft | None | bool = True,
    ) -> SurveyResponse:
        """Store the response once per submission token; mail what follows once it is committed.

        With one response per e-mail address, the resident gets a link to
        confirm it; otherwise the office (and the resident) get their copies.

        Args:
            form: the last step's form, with the address to confirm.
            request: for the address of the confirmation link.
            answers: the answers of every step (the form holds only the last one's).
            submission_token: the flow's id; the same form sent twice stores one response.
            draft: the flow's locked draft row, or None when there is none
                (surveys.services.survey_response_create).
        """
        pending = self.response_policy == ResponsePolicy.ONE_PER_EMAIL
        address = form.cleaned_data["confirmation_email"] if pending else ""
        submission, created = survey_response_create(
            page=self,
            answers=answers,
            submission_token=submission_token,
            email_hash=email_hash(address) if pending else "",
            pending=pending,
            draft=draft,
        )
        # ATOMIC_REQUESTS: mail only once the response is committed, never for one rolled back.
        if created and pending:
            transaction.on_commit(
                functools.partial(emails.send_confirmation_link, request, submission, address)
            )
        elif created:
            transaction.on_commit(functools.partial(emails.send_notifications, submission))
        return submission

    def render_landing_page(
        self, request, form_submission: SurveyResponse | None = None, *args, **kwargs
    ) -> HttpResponse:
        """The thank-you page, never cached; it asks to confirm a one-per-e-mail response.

        Without a submission (the same form sent again, a preview) it just thanks.
        """
        pending = (
            form_submission is not None and self.response_policy == ResponsePolicy.ONE_PER_EMAIL
        )
        response = self.render(
            request,
            template=self.get_landing_page_template(request),
            context_overrides={"form_submission": form_submission, "pending": pending},
        )
        flow.never_store(response)
        return response

    # --- Public results (surveys.results.public) ----------------------------

    def results_available(self, now=None):
        """Whether public results may be shown: the editor chose so and the survey is closed."""
        return self.results_public and self.state(now) == "closed"

    def get_results_url(self, request=None):
        """The public results page, or None while not available (or the survey is restricted)."""
        if is_restricted(self):
            return None
        return self.public_results_url(request)

    def public_results_url(self, request=None):
        """The results page of a survey known to be unrestricted, or None while not available."""
        if not self.results_available():
            return None
        return self.get_url(request) + self.reverse_subpage("results")

    @path("results/", name="results")
    @public.results_route
    def results(self, request, results):
        """Charts and tables of the aggregate, with links to its open data."""
        return self.render(
            request,
            template=self.results_template,
            context_overrides=public.page_context(request, self, results),
        )

    @path("results/json/", name="results_json")
    @public.results_route
    def results_json(self, request, results):
        return public.json_response(request, self, results)

    @path("results/csv/", name="results_csv")
    @public.results_route
    def results_csv(self, request, results):
        return public.csv_response(self, results)

    # --- Wagtail's form builder and submissions list ------------------------

    def get_submission_class(self):
        return SurveyResponse

    def get_submissions_list_view_class(self):
        """The survey's own submissions list: Wagtail's offers an export unsafe for surveys."""
        # Imported here, not at the top: Wagtail's admin views load models when
        # they are imported, so importing them while surveys.models loads fails
        # (AppRegistryNotReady). Resolving the view here keeps Wagtail's own list
        # (and its export) out whatever has or has not imported the admin hooks.
        from surveys.results.submissions import SurveySubmissionsListView

        return SurveySubmissionsListView

    def get_submissions(self):
        """Responses in every language of this survey, newest first."""
        return SurveyResponse.objects.filter(page__translation_key=self.translation_key)

    def get_data_fields(self):
        return [
            ("submit_time", _("Submission date")),
            ("status", _("Status")),
            *((question.key, question.label) for question in survey_questions(self)),
        ]

    def get_form_fields(self):
        """Wagtail's form builder reads form_fields; surveys build their forms in surveys.forms."""
        return []
