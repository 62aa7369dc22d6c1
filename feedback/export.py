"""CSV files of the usefulness report, safe to open in Excel or LibreOffice."""

import csv

from django.http import StreamingHttpResponse

from core.spreadsheets import BOM, Echo, neutralize


def neutralise(value):
    """The cell value as text, with a leading apostrophe if it could start a formula."""
    return neutralize("" if value is None else str(value))


def csv_lines(header, rows):
    """The BOM, then one CSV line per row, every cell neutralised."""
    writer = csv.writer(Echo())
    yield BOM
    yield writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        yield writer.writerow([neutralise(cell) for cell in row])


def csv_response(filename, header, rows):
    """A streamed CSV download: memory stays flat however many rows there are.

    Args:
        filename: the suggested file name, ASCII, ending in .csv.
        header: the column headings.
        rows: an iterable of sequences, one per line.
    """
    response = StreamingHttpResponse(
        csv_lines(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
