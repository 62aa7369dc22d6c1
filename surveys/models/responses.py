import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

from ..questions import answer_display, survey_questions


class ResponseStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed")


class SurveyResponse(AbstractFormSubmission):
    """One resident's answers to a survey.

    `form_data` holds the answers keyed by question key (see
    surveys.questions for the shape of each value). Nothing identifies the
    sender: no IP address, no user agent, and for one-per-e-mail surveys
    only a keyed hash of the address.
    """

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ResponseStatus.choices, default=ResponseStatus.CONFIRMED
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # One-time token rendered in the form: the same POST sent twice stores one response.
    submission_token = models.UUIDField(_("submission token"), unique=True, default=uuid.uuid4)
    # HMAC of the normalised e-mail address, for one-response-per-address surveys.
    email_hash = models.CharField(_("e-mail hash"), max_length=64, blank=True, editable=False)
    published_answers = models.JSONField(
        _("answers published"),
        default=list,
        blank=True,
        help_text=_("Keys of the free-text answers an editor allowed to appear in public results."),
    )
    personal_data_deleted_at = models.DateTimeField(
        _("personal data deleted at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submit_time"]
        indexes = [models.Index(fields=["page", "status", "submit_time"])]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "email_hash"],
                condition=models.Q(status="confirmed") & ~models.Q(email_hash=""),
                name="one_confirmed_response_per_email",
            )
        ]

    def get_data(self, questions=None):
        """Answers as the admin's submissions list shows them: readable labels, not values.

        Args:
            questions: the survey's questions (surveys.questions.survey_questions);
                by default those set as `survey_questions` on the response by
                surveys.results.submissions, else read from its page (queries).
        """
        if questions is None:
            questions = getattr(self, "survey_questions", None)
        if questions is None:
            questions = survey_questions(self.page.specific)
        data = {question.key: answer_display(question, self.form_data) for question in questions}
        data["submit_time"] = self.submit_time
        data["status"] = self.get_status_display()
        return data

    def __str__(self):
        return f"{self.page.title} · {self.submit_time:%Y-%m-%d %H:%M}"


class SurveyDraft(models.Model):
    """Answers to the steps done so far of a multi-step survey, until it is sent.

    Kept server-side under a random id that travels signed in a hidden field,
    so the flow needs no cookie; deleted when the response is stored, and by
    purge_expired_survey_answers after DRAFT_LIFETIME.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    answers = models.JSONField(default=dict)
    step = models.PositiveSmallIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("survey draft")
        verbose_name_plural = _("survey drafts")

    def __str__(self):
        return str(self.id)
