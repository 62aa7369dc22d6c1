"""Public results: personal-data questions stay out, and the cached numbers follow new responses."""

import csv
import io
import json

import pytest
from django.urls import reverse

from core import page_cache
from surveys.results import public as results_public
from surveys.results.aggregate import survey_results
from tests.factories import SuperUserFactory, translate_page
from tests.surveys.factories import options, question
from tests.surveys.results_factories import add_response, closed_survey

pytestmark = pytest.mark.django_db

PERSONAL_KEYS = {"birth_date", "household", "income"}
QUESTIONS = [
    question(
        "single_choice",
        "Jak dojeżdżasz?",
        key="transport",
        options=options(("bus", "Autobusem"), ("bike", "Rowerem")),
        allow_other=True,
    ),
    question("date", "Data urodzenia", key="birth_date", personal_data=True, required=False),
    question("number", "Ile osób w domu?", key="household", personal_data=True, required=False),
    question(
        "single_choice",
        "Dochód",
        key="income",
        options=options(("low", "Niski"), ("high", "Wysoki")),
        allow_other=True,
        personal_data=True,
        required=False,
    ),
]
PERSONAL_ANSWERS = {
    "birth_date": "1961-03-14",
    "household": 7,
    "income": "__other__",
    "income:other": "Zasiłek Kowalskiego",
}


@pytest.fixture
def survey(survey_index):
    page = closed_survey(survey_index, questions=QUESTIONS)
    add_response(
        page,
        {"transport": "bus", **PERSONAL_ANSWERS},
        # Even if someone marked them, personal "Other" texts are never published.
        published=["income:other"],
    )
    add_response(page, {"transport": "bike"})
    return page


def public_json(client, page):
    response = client.get(page.url + "results/json/")
    assert response.status_code == 200
    return json.loads(response.content)


def test_public_aggregate_leaves_out_personal_data_questions(survey):
    public = survey_results(survey, public=True)
    assert [result.question.key for result in public.questions] == ["transport"]
    admin = survey_results(survey)
    by_key = {result.question.key: result for result in admin.questions}
    assert set(by_key) == {"transport", *PERSONAL_KEYS}
    assert by_key["household"].stats["max"] == 7
    assert by_key["income"].answered == 1
    assert by_key["income"].texts == []  # a personal "Other" text, even marked published


def test_open_data_json_has_no_personal_data(client, survey):
    data = public_json(client, survey)
    assert [question["key"] for question in data["questions"]] == ["transport"]
    body = json.dumps(data, ensure_ascii=False)
    assert "1961" not in body and "Zasiłek" not in body and "Dochód" not in body


def test_open_data_csv_and_results_page_have_no_personal_data(client, survey):
    response = client.get(survey.url + "results/csv/")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} <= {"", "transport"}
    html = client.get(survey.url + "results/").content.decode()
    for text in ("Data urodzenia", "Ile osób w domu?", "Dochód", "1961-03", "Zasiłek"):
        assert text not in html
    assert "Autobusem" in html


def test_admin_results_keep_personal_data_questions(client, survey):
    client.force_login(SuperUserFactory())
    html = client.get(reverse("survey_results:results", args=[survey.pk])).content.decode()
    assert "Data urodzenia" in html and "Ile osób w domu?" in html and "Dochód" in html
    assert "Zasiłek" not in html


def test_a_new_response_changes_the_cached_public_numbers(client, survey):
    assert public_json(client, survey)["responses"] == 2
    assert public_json(client, survey)["responses"] == 2  # from the cache

    add_response(survey, {"transport": "bike"})
    # The whole-page cache keeps the answer for at most its s-maxage, as a proxy
    # may (the route says so); once it has expired, the aggregate is rebuilt.
    page_cache.purge_all()

    data = public_json(client, survey)
    assert data["responses"] == 3
    counts = {item["value"]: item["count"] for item in data["questions"][0]["items"]}
    assert counts["bike"] == 2


def test_the_cache_is_shared_by_no_other_language(client, survey, homes):
    assert public_json(client, survey)["questions"][0]["label"] == "Jak dojeżdżasz?"
    ukrainian = translate_page(survey, "uk")
    data = public_json(client, ukrainian)
    assert data["language"] == "uk" and data["responses"] == 2


def test_cached_results_are_not_recomputed(client, survey, monkeypatch):
    public_json(client, survey)
    calls = []
    original = results_public.survey_results

    def counting(*args, **kwargs):
        calls.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(results_public, "survey_results", counting)
    # Past the whole-page cache (as once its copy expired): the aggregate's own cache answers.
    page_cache.purge_all()
    public_json(client, survey)
    assert calls == []
    add_response(survey, {"transport": "bus"})
    page_cache.purge_all()
    public_json(client, survey)
    assert calls == [{"public": True}]


def test_publishing_an_answer_refreshes_the_public_texts(client, survey_index):
    page = closed_survey(
        survey_index, questions=[question("long_text", "Pomysł", key="idea", required=False)]
    )
    response = add_response(page, {"idea": "Fontanna w parku"})
    assert "published_texts" not in public_json(client, page)["questions"][0]

    client.force_login(SuperUserFactory())
    url = reverse("survey_results:publish", args=[page.pk, response.pk])
    assert client.post(url, {"key": "idea", "publish": "1"}).status_code == 302

    assert public_json(client, page)["questions"][0]["published_texts"] == ["Fontanna w parku"]
