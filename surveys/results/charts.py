"""Bar charts of survey results: laid out here, drawn as SVG by the results templates.

Each question type says what its bars are (`QuestionType.chart_items`:
label, text, length); this module lays them out.

Every bar carries its label and its number as text, so the chart does not
depend on colour; the same numbers are in the table next to it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

ROW_HEIGHT = 44
BAR_WIDTH = 420  # of a 640-unit-wide drawing, leaving room for the number after the bar
LABEL_LENGTH = 70


@dataclass
class Bar:
    label: str
    text: str
    width: int
    label_y: int
    bar_y: int
    text_y: int


@dataclass
class Chart:
    id: str
    title: str
    height: int
    bars: list


def percent(share):
    """0.754 → "75%"."""
    return f"{round(share * 100)}%"


def _short(label):
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1] + "…"


def _bars(items):
    """Bars from (label, text, fraction of the longest bar) triples."""
    bars = []
    for index, (label, text, fraction) in enumerate(items):
        top = index * ROW_HEIGHT
        bars.append(
            Bar(
                label=_short(label),
                text=text,
                width=max(1, round(BAR_WIDTH * fraction)) if fraction else 0,
                label_y=top + 14,
                bar_y=top + 20,
                text_y=top + 34,
            )
        )
    return bars


def _chart(chart_id, title, items):
    bars = _bars(items)
    return Chart(id=chart_id, title=title, height=max(len(bars), 1) * ROW_HEIGHT, bars=bars)


def count_text(count, share):
    """ "12 (40%)": a bar's count and its share."""
    return _("%(count)s (%(percent)s)") % {"count": count, "percent": percent(share)}


def decimal(number):
    """One decimal, or a dash for no number."""
    return f"{number:.1f}" if number is not None else "–"


def count_bars(result):
    """(label, text, fraction) of a bar per row, as long as its count (rows that count people)."""
    top = max(row.count for row in result.rows) or 1
    return [(row.label, count_text(row.count, row.share), row.count / top) for row in result.rows]


def question_chart(result, chart_id):
    """The chart of one question's result, or None for types shown only as numbers or text.

    Its question type gives the bars (`QuestionType.chart_items`).
    """
    if not result.rows:
        return None
    items = result.question.question_type.chart_items(result)
    if items is None:
        return None
    return _chart(chart_id, result.question.label, items)


def per_day_chart(results, chart_id):
    if not results.per_day:
        return None
    top = max(row.count for row in results.per_day) or 1
    items = [(row.label, str(row.count), row.count / top) for row in results.per_day]
    return _chart(chart_id, _("Responses per day"), items)


def results_sections(results, prefix="chart"):
    """What the results templates show: each question's result, its chart (or None), its table.

    The table is the template its question type renders the numbers with.
    """
    return [
        {
            "result": result,
            "chart": question_chart(result, f"{prefix}-{index}"),
            "table": result.question.question_type.results_template,
        }
        for index, result in enumerate(results.questions, start=1)
    ]
