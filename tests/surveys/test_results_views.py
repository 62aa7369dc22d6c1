"""The results in the admin and on the site: permissions, publication, open data, bad input."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from surveys.results.public import forget_public_results
from tests.factories import EditorFactory, SuperUserFactory, UserFactory, translate_page
from tests.surveys.results_factories import add_response, closed_survey, full_answers

pytestmark = pytest.mark.django_db
SECRET = "Tajna uwaga mieszkańca"


@pytest.fixture
def survey(survey_index):
    page = closed_survey(survey_index)
    add_response(page, full_answers(long_text="Więcej drzew"), published=["long_text"])
    add_response(page, full_answers(long_text=SECRET, short_text="Zenon"))
    return page


def admin_user_without_pages():
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


# --- Admin ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["results", "responses"])
def test_admin_views_for_editors(client, survey, name):
    client.force_login(EditorFactory())
    response = client.get(reverse(f"survey_results:{name}", args=[survey.pk]))
    assert response.status_code == 200
    assert 'role="img"' in response.content.decode() or name == "responses"


@pytest.mark.parametrize("name", ["results", "responses"])
def test_admin_views_forbidden_without_page_permission(client, survey, name):
    client.force_login(admin_user_without_pages())
    assert client.get(reverse(f"survey_results:{name}", args=[survey.pk])).status_code == 403


def test_results_admin_lists_only_published_text(client, survey):
    client.force_login(SuperUserFactory())
    html = client.get(reverse("survey_results:results", args=[survey.pk])).content.decode()
    assert "Więcej drzew" in html
    assert SECRET not in html


def test_responses_filters_and_pagination(client, survey):
    client.force_login(SuperUserFactory())
    url = reverse("survey_results:responses", args=[survey.pk])
    assert client.get(url + "?status=pending").context["responses"].paginator.count == 0
    assert client.get(url + "?status=confirmed&p=99").context["responses"].number == 1
    bad = client.get(url + "?date_from=2026-13-45&date_to=x")
    assert bad.status_code == 200
    assert bad.context["filter_form"].errors
    reversed_dates = client.get(url + "?date_from=2026-05-02&date_to=2026-05-01")
    assert reversed_dates.context["filter_form"].non_field_errors()


def test_publish_and_unpublish(client, survey):
    client.force_login(EditorFactory())
    response = survey.get_submissions().get(form_data__short_text="Zenon")
    url = reverse("survey_results:publish", args=[survey.pk, response.pk])
    assert client.post(url, {"key": "long_text", "publish": "1"}).status_code == 302
    response.refresh_from_db()
    assert response.published_answers == ["long_text"]
    client.post(url, {"key": "long_text", "publish": "0"})
    response.refresh_from_db()
    assert response.published_answers == []


def test_publish_refuses_personal_data_and_get(client, survey):
    client.force_login(SuperUserFactory())
    response = survey.get_submissions().first()
    url = reverse("survey_results:publish", args=[survey.pk, response.pk])
    assert client.post(url, {"key": "email", "publish": "1"}, follow=True).status_code == 404
    assert client.get(url).status_code == 405


def test_publish_forbidden_without_page_permission(client, survey):
    client.force_login(admin_user_without_pages())
    response = survey.get_submissions().first()
    url = reverse("survey_results:publish", args=[survey.pk, response.pk])
    assert client.post(url, {"key": "long_text", "publish": "1"}).status_code == 403


def test_header_button_links_to_results(client, survey):
    client.force_login(SuperUserFactory())
    html = client.get(reverse("wagtailadmin_pages:edit", args=[survey.pk])).content.decode()
    assert reverse("survey_results:results", args=[survey.pk]) in html


# --- Public results ---------------------------------------------------------


def test_public_results_page(client, survey):
    response = client.get(survey.url + "results/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="img"' in html and "<title id=" in html
    assert "Więcej drzew" in html
    assert SECRET not in html and "Zenon" not in html and "anna@example.org" not in html
    assert not response.cookies
    assert "public" in response["Cache-Control"]


def test_public_results_in_ukrainian(client, survey, homes):
    survey_uk = translate_page(survey, "uk")
    html = client.get(survey_uk.url + "results/").content.decode()
    assert "Старе Місто" in html


def test_open_data_json(client, survey):
    response = client.get(survey.url + "results/json/")
    assert response.status_code == 200
    assert 'rel="license"' in response["Link"]
    data = json.loads(response.content)
    assert data["licence"]["name"] == "CC BY 4.0"
    assert data["responses"] == 2
    questions = {question["key"]: question for question in data["questions"]}
    assert questions["long_text"]["published_texts"] == ["Więcej drzew"]
    assert "published_texts" not in questions["short_text"]
    assert SECRET not in response.content.decode()
    assert "anna@example.org" not in response.content.decode()


def test_open_data_csv(client, survey):
    response = client.get(survey.url + "results/csv/")
    assert response.status_code == 200
    assert 'rel="license"' in response["Link"]
    body = response.content.decode()
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body[1:])))
    counts = {
        (row["question_key"], row["item_value"]): row["value"]
        for row in rows
        if row["measure"] == "count"
    }
    assert counts[("single_choice", "daily")] == "2"
    assert [row["value"] for row in rows if row["measure"] == "text"] == ["Więcej drzew"]
    assert SECRET not in body and "Zenon" not in body


@pytest.mark.parametrize("subpath", ["nothing/", "xml/", "json/x/", "data.json"])
def test_unknown_subpath_is_404(client, survey, subpath):
    response = client.get(survey.url + "results/" + subpath, follow=True)
    assert response.status_code == 404


def test_no_public_results_is_404(client, survey_index):
    page = closed_survey(survey_index, results_public=False)
    assert client.get(page.url + "results/").status_code == 404
    assert client.get(page.url + "results/json/").status_code == 404


def test_open_survey_has_no_results(client, survey_index):
    page = closed_survey(survey_index, closes_at=None)
    assert client.get(page.url + "results/").status_code == 404


def test_results_page_queries_do_not_grow(client, survey):
    def queries():
        forget_public_results(survey)  # count the queries of computing the results
        with CaptureQueriesContext(connection) as captured:
            assert client.get(survey.url + "results/").status_code == 200
        return len(captured)

    for _ in range(3):
        add_response(survey, full_answers())
    queries()  # warm-up: the site's root paths and other caches
    few = queries()
    for _ in range(45):
        add_response(survey, full_answers(), published=["long_text"])
    assert queries() == few
