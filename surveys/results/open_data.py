"""Open data of a survey's public results: aggregates as JSON and CSV, never single responses.

Both files are served at stable addresses under the survey's results page
(`<survey>/results/json/` and `csv/`). The licence (CC BY 4.0) is
given in two ways: a `licence` object in the JSON, and for both files an
HTTP `Link: <…>; rel="license"` header. The CSV stays a plain table (no
comment or licence rows) so that any tool reads it as it is.

The CSV is in "long" form, one number per row:
question_key, question, type, item_value, item, measure, value — where
measure is count, share, average, min, max, mean, median or text.
Free text appears only where an editor marked it for publication. What a
question's items carry (a share, an average, a distribution) is its question
type's (`QuestionType.open_data_item` and `open_data_measures`).
"""

import csv
import io
import json

from django.http import HttpResponse

from core.spreadsheets import BOM, neutralize

LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CSV_HEADER = ["question_key", "question", "type", "item_value", "item", "measure", "value"]


def _number(value):
    """Numbers rounded to 4 decimals; anything else (None, a distribution) as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return round(value, 4)
    return value


def _row_json(result, row):
    data = {"value": row.value, "label": row.label, "count": row.count}
    extra = result.question.question_type.open_data_item(result, row)
    data.update((name, _number(value)) for name, value in extra.items())
    return data


def question_json(result):
    question = result.question
    data = {
        "key": question.key,
        "type": question.type,
        "label": question.label,
        "answered": result.answered,
    }
    if result.rows:
        data["items"] = [_row_json(result, row) for row in result.rows]
    if result.average is not None:
        data["average"] = _number(result.average)
    if result.stats:
        data["stats"] = {name: _number(value) for name, value in result.stats.items()}
    if result.texts:
        data["published_texts"] = list(result.texts)
    return data


def results_json(page, results, url):
    """The aggregate results of a survey as a JSON-ready dict."""
    return {
        "survey": page.title,
        "language": page.locale.language_code,
        "url": url,
        "licence": {"name": LICENCE_NAME, "url": LICENCE_URL},
        "responses": results.total,
        "responses_per_day": [{"date": row.value, "count": row.count} for row in results.per_day],
        "questions": [question_json(result) for result in results.questions],
    }


def _question_rows(result):
    """The long-form CSV rows of one question."""
    question = result.question
    start = [question.key, question.label, question.type]
    yield [*start, "", "", "answered", result.answered]
    for row in result.rows:
        item = [*start, row.value, row.label]
        for measure, value in question.question_type.open_data_measures(result, row):
            yield [*item, measure, _number(value)]
    if result.average is not None:
        yield [*start, "", "", "average", _number(result.average)]
    for name, value in result.stats.items():
        yield [*start, "", "", name, _number(value)]
    for text in result.texts:
        yield [*start, "", "", "text", text]


def results_csv_rows(results):
    yield CSV_HEADER
    yield ["", "", "", "", "", "responses", results.total]
    for row in results.per_day:
        yield ["", "", "", row.value, row.value, "responses_per_day", row.count]
    for result in results.questions:
        yield from _question_rows(result)


def _with_licence(response):
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response


def json_response(page, results, url):
    body = json.dumps(results_json(page, results, url), ensure_ascii=False, indent=1)
    return _with_licence(HttpResponse(body, content_type="application/json; charset=utf-8"))


def csv_response(results, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in results_csv_rows(results):
        writer.writerow([neutralize(cell) for cell in row])
    response = HttpResponse(BOM + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return _with_licence(response)
