from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import FormMixin, validate_to_address
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage

from ..blocks import SurveyStreamBlock
from .responses import ResponseStatus, SurveyResponse

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class ResponsePolicy(models.TextChoices):
    UNLIMITED = "unlimited", _("Unlimited")
    ONE_PER_BROWSER = "browser", _("One per browser")
    ONE_PER_EMAIL = "email", _("One per confirmed e-mail address")


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
        from ..selectors import surveys_for_index

        context = super().get_context(request, *args, **kwargs)
        context["surveys"] = surveys_for_index(self)
        return context


class SurveyPage(RoutablePageMixin, FormMixin, BasePage):
    """A survey or sign-up form, built from question blocks (see surveys.questions)."""

    base_form_class = WagtailAdminPageForm

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
        """ "upcoming", "open" or "closed"."""
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return "upcoming"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "open"

    def is_open(self, now=None):
        return self.state(now) == "open"

    def asks_personal_data(self):
        from ..questions import survey_questions

        return any(question.personal_data for question in survey_questions(self))

    # --- Results (surveys/results/, see surveys.questions) -----------------

    def results_available(self, now=None):
        """Whether public results may be shown: the editor chose so and the survey is closed."""
        return self.results_public and self.state(now) == "closed"

    def get_results_url(self, request=None):
        """The public results page (surveys.results.views), or None while not available."""
        if not self.results_available():
            return None
        return self.get_url(request) + self.reverse_subpage("results", args=("",))

    @re_path(r"^results/(?P<subpath>.*)$", name="results")
    def results(self, request, subpath=""):
        from ..views import serve_results

        return serve_results(request, self, subpath)

    # --- Serving (surveys.views) ------------------------------------------

    def serve(self, request, view=None, args=None, kwargs=None):
        # Routing "/" resolves to RoutablePageMixin.index_route, which knows nothing of forms.
        if view is not None and getattr(view, "__name__", "") != "index_route":
            return view(request, *(args or []), **(kwargs or {}))
        from ..views import serve_survey

        return serve_survey(request, self)

    def serve_preview(self, request, mode_name):
        from ..views import serve_survey, serve_thank_you

        if mode_name == "landing":
            return serve_thank_you(request, self, preview=True)
        return serve_survey(request, self, preview=True)

    # --- Wagtail's form builder ------------------------------------------

    def get_submission_class(self):
        return SurveyResponse

    def get_submissions_list_view_class(self):
        """Wagtail's submissions list without its unsafe export (surveys.results.submissions).

        Instead of the `submissions_list_view_class` attribute: the admin views
        cannot be imported while the models load.
        """
        from ..results.submissions import SurveySubmissionsListView

        return SurveySubmissionsListView

    def get_submissions(self):
        """Responses in every language of this survey, newest first."""
        return SurveyResponse.objects.filter(page__translation_key=self.translation_key)

    def get_data_fields(self):
        from ..questions import survey_questions

        return [
            ("submit_time", _("Submission date")),
            ("status", _("Status")),
            *((question.key, question.label) for question in survey_questions(self)),
        ]

    def get_form_fields(self):
        """Wagtail's form builder reads form_fields; surveys build their forms in surveys.forms."""
        return []

    def confirmed_responses(self):
        return self.get_submissions().filter(status=ResponseStatus.CONFIRMED)
