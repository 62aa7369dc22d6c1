"""Helpers for the CSV and XLSX files the admin lets editors download.

These files are opened in Excel and LibreOffice, and their cells hold text
typed by residents. A spreadsheet runs a cell beginning with =, +, -, @ as a
formula (and strips a leading tab or carriage return, after which it may
read one), so "=HYPERLINK(...)" in a comment must stay text: every exported
cell goes through `neutralize` (OWASP's advice on CSV injection).

`Echo` is the pseudo-buffer for streaming CSV: `csv.writer(Echo())` returns
each line from `writerow()` instead of writing it, so a
`StreamingHttpResponse` can yield the lines one by one and memory stays flat
however many rows there are. `BOM` goes first in a CSV file so that Excel
reads it as UTF-8 and Polish and Ukrainian letters survive.

Used by the survey exports and open data (surveys.results) and feedback.export.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralize(value):
    """A cell value that a spreadsheet will not run as a formula.

    A string beginning with one of FORMULA_PREFIXES gets a leading
    apostrophe; numbers, dates and other non-strings pass as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class Echo:
    """A file-like object whose write() hands the line back, for streamed CSV."""

    def write(self, value):
        return value
