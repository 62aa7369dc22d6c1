"""CSV and XLSX exports: content, BOM, Ukrainian text, formula injection, streaming, permissions."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse

from core.spreadsheets import neutralize
from tests.factories import EditorFactory, SuperUserFactory, UserFactory
from tests.surveys.results_factories import add_response, closed_survey, full_answers

pytestmark = pytest.mark.django_db

INJECTIONS = ["=1+1", "+48123456789", "-5", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_neutralize_dangerous_strings(value):
    assert neutralize(value) == "'" + value


@pytest.mark.parametrize("value", ["Kraków", "", "a=b", 5, -5, 2.5, None])
def test_neutralize_leaves_the_rest(value):
    assert neutralize(value) == value


@pytest.fixture
def survey(survey_index):
    page = closed_survey(survey_index)
    add_response(page, full_answers(long_text="Більше лавок у парку"))
    for text in INJECTIONS:
        add_response(
            page, {"short_text": text, "single_choice": "__other__", "single_choice:other": text}
        )
    return page


def admin_user_without_pages():
    """May open the admin, may edit no page."""
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def export(client, page, file_format, query="", **kwargs):
    client.force_login(SuperUserFactory())
    url = reverse("survey_results:export", args=[page.pk, file_format])
    return client.get(url + query, **kwargs)


def csv_rows(response):
    assert isinstance(response, StreamingHttpResponse)
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_columns_and_values(client, survey):
    response = export(client, survey, "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header[:3] == ["Data wysłania", "Język", "Status"]
    assert "Zgadzasz się?: Czysto" in header and "Zgadzasz się?: Bezpiecznie" in header
    assert len(rows) == 1 + len(INJECTIONS)
    full = dict(zip(header, rows[0], strict=True))
    assert full["Uwagi"] == "Більше лавок у парку"
    assert full["Co poprawić?"] == "Ławki; Drzewa"
    assert full["Zgadzasz się?: Czysto"] == "5"
    assert full["Czy byłeś?"] == "Tak"
    assert full["Kolejność"] == "Zieleń; Drogi; Światło"
    assert full["Język"] == "pl"


def test_csv_neutralizes_formulas(client, survey):
    header, *rows = csv_rows(export(client, survey, "csv"))
    column = header.index("Imię")
    other = header.index("Jak często?") + 1  # the text typed next to "Other"
    assert [row[column] for row in rows[1:]] == ["'" + text for text in INJECTIONS]
    assert [row[other] for row in rows[1:]] == ["'" + text for text in INJECTIONS]


def test_xlsx_content(client, survey):
    response = export(client, survey, "xlsx")
    assert isinstance(response, FileResponse)
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    full = dict(zip(header, rows[0], strict=True))
    assert full["Uwagi"] == "Більше лавок у парку"
    assert full["Ile osób?"] == 3
    column = header.index("Imię")
    # OOXML escapes a carriage return as _x000D_; openpyxl leaves inline strings escaped.
    cells = [row[column].replace("_x000D_", "\r") for row in rows[1:]]
    assert cells == ["'" + text for text in INJECTIONS]
    assert all(not str(cell).startswith("=") for row in rows for cell in row if cell)


def test_export_filters_by_status(client, survey):
    add_response(survey, full_answers(), status="pending")
    header, *rows = csv_rows(export(client, survey, "csv", "?status=pending"))
    assert len(rows) == 1


def test_bad_date_filter_does_not_fail(client, survey):
    response = export(client, survey, "csv", "?date_from=nonsense")
    assert response.status_code == 302


def test_unknown_format_is_404(client, survey):
    # LocaleMiddleware first redirects a 404 under /admin/ to /pl/admin/…, which is a 404 too.
    assert export(client, survey, "pdf", follow=True).status_code == 404


def test_export_of_a_page_that_is_not_a_survey_is_404(client, survey_index):
    assert export(client, survey_index, "csv", follow=True).status_code == 404


def test_export_forbidden_to_users_who_cannot_edit(client, survey):
    url = reverse("survey_results:export", args=[survey.pk, "csv"])
    client.force_login(admin_user_without_pages())
    assert client.get(url).status_code == 403


def test_export_allowed_to_editors_of_the_page(client, survey):
    client.force_login(EditorFactory())
    url = reverse("survey_results:export", args=[survey.pk, "csv"])
    assert client.get(url).status_code == 200
