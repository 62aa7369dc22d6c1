"""CSV files of the usefulness report, safe to open in Excel or LibreOffice."""

import csv

from django.http import StreamingHttpResponse

# Spreadsheets read a cell starting with one of these as a formula (or, for
# tab and CR, strip them and then may read one): "=HYPERLINK(...)" in a
# resident's comment must stay text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Excel guesses the encoding of a CSV file; the byte order mark makes it read
# UTF-8, so Polish and Ukrainian letters survive.
BOM = "\ufeff"


def neutralise(value):
    """The cell value as text, with a leading apostrophe if it could start a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _Echo:
    """A file-like object whose write() returns the line, for streaming."""

    def write(self, value):
        return value


def csv_lines(header, rows):
    """The BOM, then one CSV line per row, every cell neutralised."""
    writer = csv.writer(_Echo())
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
