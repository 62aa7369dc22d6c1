"""Only widgets may be framed, by whom the allowlist says; they are cacheable and localized."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from tests.widgets.conftest import widget_url
from widgets.models import WidgetRegistration, WidgetSettings
from widgets.policy import ThemeError, contrast_ratio, theme_from

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    return policy["frame-ancestors"]


def test_other_pages_keep_deny(client, home_pl):
    response = client.get("/pl/")
    assert response["X-Frame-Options"] == "DENY"
    assert frame_ancestors(response) == "'none'"


def test_survey_widget_framed_by_registered_origins_only(client, survey):
    WidgetRegistration.objects.create(name="NGO", origins="https://ngo.example.org")
    response = client.get(widget_url(survey))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == "'self' https://ngo.example.org"


def test_lists_open_by_default_and_surveys_when_settings_say(client, survey, home_pl):
    assert frame_ancestors(client.get("/pl/widgets/news/")) == "*"
    settings = WidgetSettings.for_site(Site.objects.get(is_default_site=True))
    settings.open_surveys = True
    settings.save()
    assert frame_ancestors(client.get(widget_url(survey))) == "*"


def test_first_step_is_public_and_cached(client, survey):
    first = client.get(widget_url(survey))
    assert "public" in first["Cache-Control"]
    assert "Cookie" not in first.get("Vary", "")
    assert "Accept-Language" not in first.get("Vary", "")
    assert not first.cookies
    again = client.get(widget_url(survey))
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_drafts_and_restricted_pages_are_not_shown(client, survey):
    survey.unpublish()
    assert client.get(widget_url(survey)).status_code == 404
    survey.save_revision().publish()
    PageViewRestriction.objects.create(page=survey, restriction_type="password", password="x")
    assert client.get(widget_url(survey)).status_code == 404


def test_closed_survey_shows_no_form(client, survey):
    survey.opens_at = timezone.now() - datetime.timedelta(days=2)
    survey.closes_at = timezone.now() - datetime.timedelta(days=1)
    survey.save_revision().publish()
    response = client.get(widget_url(survey))
    assert response.status_code == 200
    assert b'name="flow"' not in response.content


def test_contrast_checked_accent():
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert theme_from("dark", None).accent
    with pytest.raises(ThemeError):
        theme_from("light", "ffff00")
    assert theme_from("light", "0b4f8a").accent == "#0b4f8a"


def test_low_contrast_accent_is_a_localized_400(client, survey):
    response = client.get(widget_url(survey, "pl", "accent=ffff00"))
    assert response.status_code == 400
    text = response.content.decode()
    assert "ffff00" in text
    # Still a widget: framed like one, so the partner sees why.
    assert "X-Frame-Options" not in response


def test_bad_filter_is_400(client, home_pl):
    assert client.get("/pl/widgets/projects/?status=nope").status_code == 400
    assert client.get("/pl/widgets/news/?limit=abc").status_code == 400
    assert client.get("/pl/widgets/events/?district=nowhere").status_code == 400


def test_origin_validation():
    registration = WidgetRegistration(name="x", origins="https://a.example\nhttp://b.example:8080/")
    registration.clean()
    assert registration.origin_list() == ["https://a.example", "http://b.example:8080"]
    for bad in (
        "https://a.example/path",
        "ftp://a.example",
        "*.example.org",
        "https://a.example?x",
    ):
        with pytest.raises(ValidationError):
            WidgetRegistration(name="x", origins=bad).clean()
