"""The whole survey inside the widget: steps, thank-you, stored once, no cookie, counted."""

import re

import pytest
from django.test import TestCase
from wagtail.models import PageViewRestriction

from core.page_cache import purge_all
from surveys.models import SurveyResponse
from tests.factories import translate_page
from tests.widgets.conftest import widget_url
from widgets.models import WidgetDailyStat

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="flow" value="([^"]+)"')


def post(client, url, data, **headers):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data, **headers)


def test_multi_step_survey_stored_once_and_counted(client, survey):
    url = widget_url(survey)
    first = client.get(url)
    token = TOKEN.search(first.content.decode()).group(1)
    origin = {"embed_origin": "https://ngo.example.org/some/page"}
    second = post(client, url, {"flow": token, "action": "next", "opinion": "Dobrze", **origin})
    assert second.status_code == 200
    assert "no-store" in second["Cache-Control"]
    assert 'value="https://ngo.example.org"' in second.content.decode()
    token = TOKEN.search(second.content.decode()).group(1)
    data = {
        "flow": token,
        "action": "submit",
        "idea": "Ławki",
        "embed_origin": "https://ngo.example.org",
    }
    for _ in range(3):
        done = post(client, url, data)
        assert done.status_code == 200
        assert "data-widget-done" in done.content.decode()
        assert not done.cookies
    assert SurveyResponse.objects.filter(page=survey).count() == 1
    stat = WidgetDailyStat.objects.get(kind="survey", origin="https://ngo.example.org")
    assert stat.submissions == 1


def test_foreign_origin_refused(client, survey):
    url = widget_url(survey)
    token = TOKEN.search(client.get(url).content.decode()).group(1)
    response = post(
        client,
        url,
        {"flow": token, "action": "next", "opinion": "x"},
        HTTP_ORIGIN="https://evil.example",
    )
    assert response.status_code == 403
    assert SurveyResponse.objects.count() == 0


def test_tampered_token_400(client, survey):
    response = post(client, widget_url(survey), {"flow": "forged", "action": "next"})
    assert response.status_code == 400


def test_impression_beacon(client, survey):
    data = {"kind": "survey", "id": str(survey.pk), "origin": "https://ngo.example.org/x?y"}
    assert client.post("/pl/widgets/hit/", data).status_code == 403  # no Origin
    headers = {"HTTP_ORIGIN": "http://testserver"}
    assert client.post("/pl/widgets/hit/", data, **headers).status_code == 204
    assert client.post("/pl/widgets/hit/", data, **headers).status_code == 204
    assert client.post("/pl/widgets/hit/", {"kind": "x"}, **headers).status_code == 400
    stat = WidgetDailyStat.objects.get()
    assert (stat.origin, stat.impressions, stat.submissions) == ("https://ngo.example.org", 2, 0)


def test_widget_shows_the_translation_and_hides_restricted_translations(client, survey):
    ukrainian = translate_page(survey, "uk")
    ukrainian.title = "Парк"
    ukrainian.save_revision().publish()
    response = client.get(widget_url(survey, "uk"))  # the Polish page's id, in Ukrainian
    assert response.status_code == 200
    assert "Парк" in response.content.decode()
    assert 'lang="uk"' in response.content.decode()
    # Restricting the Polish page restricts its translations (core.restrictions); the
    # purge core.purge runs after the commit (a test never commits) drops the cached widget.
    PageViewRestriction.objects.create(page=survey, restriction_type="password", password="x")
    purge_all()
    assert client.get(widget_url(survey, "uk")).status_code == 404
    assert client.get(widget_url(ukrainian, "uk")).status_code == 404
