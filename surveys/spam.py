"""Spam protection of surveys: reCAPTCHA v3 when keys are configured, the honeypot and a rate limit.

The honeypot and the per-IP limit live in core.antispam; this module adds
reCAPTCHA and the limit's numbers for surveys.
"""

import logging

from django.conf import settings
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV3

from core.antispam import RateLimit

logger = logging.getLogger(__name__)

RECAPTCHA_ACTION = "survey"
# Sent surveys (not steps) per address: generous, because a consultation
# point in a library or a district office sends many from one address.
SUBMIT_LIMIT = RateLimit(
    scope="survey-submit", limit=settings.SURVEY_SUBMISSIONS_PER_HOUR, window=60 * 60
)
# Every POST of the survey flow (steps, back and next): stops scripted flooding of drafts.
STEP_LIMIT = RateLimit(scope="survey-step", limit=settings.SURVEY_STEPS_PER_HOUR, window=60 * 60)

CAPTCHA_FAILED = _(
    "We could not confirm that this survey was sent by a person. Please send it again."
)

_reported_off = False


class SurveyReCaptchaV3(ReCaptchaV3):
    """django-recaptcha's v3 widget without its inline script, which the site's CSP forbids.

    The template loads Google's api.js by address; static/js/surveys.js asks
    it for a token when the form is sent.
    """

    template_name = "surveys/recaptcha_v3.html"

    def render(self, name, value, attrs=None, renderer=None):
        # Django's default form renderer only searches app and form templates;
        # this one lives with the site's templates (settings.TEMPLATES).
        return super().render(name, value, attrs=attrs, renderer=TemplatesSetting())


def recaptcha_enabled():
    return bool(settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY)


def recaptcha_field():
    """A reCAPTCHA v3 field with the configured score, or None when no keys are set."""
    global _reported_off
    if not recaptcha_enabled():
        if not _reported_off:
            logger.info(
                "reCAPTCHA is off (no keys set): surveys rely on the honeypot and rate limit."
            )
            _reported_off = True
        return None
    return ReCaptchaField(
        label="",
        # django-recaptcha's own Polish message is marked fuzzy, so it shows in English.
        error_messages={"captcha_invalid": CAPTCHA_FAILED, "captcha_error": CAPTCHA_FAILED},
        widget=SurveyReCaptchaV3(
            action=RECAPTCHA_ACTION, required_score=settings.RECAPTCHA_REQUIRED_SCORE
        ),
    )
