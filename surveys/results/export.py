"""Exports of a survey's responses as CSV and XLSX, streamed so that memory stays bounded.

One row per response: the submit time, the language and the status, then
the columns of each question, which its question type gives
(`QuestionType.export_columns`: one per question, a matrix one per
statement, the text typed next to "Other" a column of its own). Every
string cell is neutralized against formula injection (see
`core.spreadsheets.neutralize`), because these files are opened in Excel
and LibreOffice.
"""

import csv
import os
import tempfile

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.spreadsheets import BOM, Echo, neutralize

from ..question_types.base import Column
from ..questions import survey_questions

CHUNK_SIZE = 2000
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_columns(page):
    """Every column of a survey's export, the fixed ones first."""
    statuses = {"pending": _("Waiting for e-mail confirmation"), "confirmed": _("Confirmed")}
    fixed = [
        Column(_("Submission date"), lambda row: row["submit_time"]),
        Column(_("Language"), lambda row: row["language"]),
        Column(_("Status"), lambda row: statuses.get(row["status"], row["status"])),
    ]
    answer_columns = [
        column
        for question in survey_questions(page)
        for column in question.question_type.export_columns(question)
    ]
    return fixed, answer_columns


def export_rows(page, responses, *, chunk_size=CHUNK_SIZE):
    """The heading row, then one row per response, read in chunks; every cell neutralized."""
    fixed, answer_columns = export_columns(page)
    yield [neutralize(str(column.heading)) for column in fixed + answer_columns]
    values = responses.values_list("submit_time", "locale__language_code", "status", "form_data")
    for submit_time, language, status, answers in values.iterator(chunk_size=chunk_size):
        row = {
            "submit_time": timezone.localtime(submit_time).strftime("%Y-%m-%d %H:%M:%S"),
            "language": language or "",
            "status": status,
        }
        answers = answers or {}
        cells = [column.read(row) for column in fixed]
        cells += [column.read(answers) for column in answer_columns]
        yield [neutralize(cell) for cell in cells]


def _stream_csv(rows):
    writer = csv.writer(Echo())
    yield BOM  # Excel then reads the file as UTF-8
    for row in rows:
        yield writer.writerow(row)


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def csv_export_response(page, responses, filename):
    """A streamed CSV file (UTF-8 with BOM) of the responses."""
    response = StreamingHttpResponse(
        _stream_csv(export_rows(page, responses)), content_type=CSV_CONTENT_TYPE
    )
    return _attachment(response, filename)


def write_xlsx(rows, path):
    """Write rows to an XLSX file row by row (xlsxwriter's constant_memory mode)."""
    workbook = xlsxwriter.Workbook(
        path,
        {
            "constant_memory": True,
            # Cells are data, never formulas, links or guessed numbers.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "tmpdir": tempfile.gettempdir(),
        },
    )
    sheet = workbook.add_worksheet()
    bold = workbook.add_format({"bold": True})
    for index, row in enumerate(rows):
        for column, cell in enumerate(row):
            if isinstance(cell, bool | int | float):
                sheet.write_number(index, column, cell)
            else:
                sheet.write_string(index, column, str(cell), bold if index == 0 else None)
    workbook.close()


def xlsx_export_response(page, responses, filename):
    """An XLSX file of the responses, built in a temporary file and then streamed."""
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        write_xlsx(export_rows(page, responses), path)
        stream = open(path, "rb")  # noqa: SIM115 - FileResponse closes it
    finally:
        # The open handle keeps the data readable; the name goes at once.
        os.unlink(path)
    response = FileResponse(stream, content_type=XLSX_CONTENT_TYPE)
    return _attachment(response, filename)
