"""Choices of the survey models, apart from them.

The modules that serve a survey (surveys.flow, surveys.emails) are imported
by surveys.models.pages while the models load, so they cannot import the
`surveys.models` package; they import the choices from here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResponsePolicy(models.TextChoices):
    UNLIMITED = "unlimited", _("Unlimited")
    ONE_PER_BROWSER = "browser", _("One per browser")
    ONE_PER_EMAIL = "email", _("One per confirmed e-mail address")
