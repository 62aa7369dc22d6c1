"""Wagtail hooks of the survey results: admin URLs and header buttons.

Imported by surveys/wagtail_hooks.py.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ..models import SurveyPage
from . import admin_urls
from .permissions import can_view_results


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("survey-results/", include(admin_urls, namespace="survey_results"))]


@hooks.register("register_page_header_buttons")
def survey_results_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, SurveyPage) or not can_view_results(user, page):
        return
    yield Button(
        _("Survey results"),
        reverse("survey_results:results", args=[page.pk]),
        icon_name="table",
        priority=66,
    )
    yield Button(
        _("Survey responses"),
        reverse("survey_results:responses", args=[page.pk]),
        icon_name="form",
        priority=67,
    )
