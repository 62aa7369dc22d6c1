"""Spam protection of surveys: reCAPTCHA v3 when keys are configured, the honeypot and a rate limit.

The honeypot and the per-IP limit live in core.antispam; this module adds
reCAPTCHA and the limit's numbers for surveys.
"""

import logging

from django.conf import settings
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV3

from core.antispam import RateLimit

logger = logging.getLogger(__name__)

RECAPTCHA_ACTION = "survey"
# Sent surveys (not steps) per address: generous, because a consultation
# point in a library or a district office sends many from one address.
SUBMIT_LIMIT = RateLimit(scope="survey-submit", limit=30, window=60 * 60)
# Every POST of the survey flow (steps, back and next): stops scripted flooding of drafts.
STEP_LIMIT = RateLimit(scope="survey-step", limit=300, window=60 * 60)

_reported_off = False


class SurveyReCaptchaV3(ReCaptchaV3):
    """django-recaptcha's v3 widget without its inline script, which the site's CSP forbids.

    The template loads Google's api.js by address; static/js/surveys.js asks
    it for a token when the form is sent.
    """

    template_name = "surveys/recaptcha_v3.html"


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
        widget=SurveyReCaptchaV3(
            action=RECAPTCHA_ACTION, required_score=settings.RECAPTCHA_REQUIRED_SCORE
        ),
    )
