"""Aggregates of a survey's answers: pure functions over the contract of surveys.questions.

Memory stays bounded at any number of responses: the answers are read in
chunks with `.iterator()` and folded into counters whose size depends on
the questions (options, scale points, distinct numbers), never on the
number of responses. Free text is kept only where an editor published it,
and never for a personal-data question. Public results (the results page and
its open data, `public=True`) leave personal-data questions out entirely: not
even a count of their answers; the admin's results keep them.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import TruncDate

from ..questions import FREE_TEXT_TYPES, NO, OTHER_VALUE, YES, Option, other_key, survey_questions
from ..selectors import survey_responses

CHUNK_SIZE = 2000


@dataclass
class Row:
    """One bar of a chart and one row of its table."""

    value: str
    label: str
    count: int = 0
    share: float = 0.0  # of the people who answered the question, 0…1
    average: float | None = None  # matrix statements and ranking options
    counts: list = field(default_factory=list)  # matrix: count per scale value

    @property
    def percent(self):
        """The share in whole percent: as precise as a survey's numbers deserve."""
        return round(self.share * 100)


@dataclass
class QuestionResult:
    question: object
    answered: int = 0
    rows: list = field(default_factory=list)
    average: float | None = None
    stats: dict = field(default_factory=dict)  # number: min, max, mean, median
    texts: list = field(default_factory=list)  # published free text only

    @property
    def type(self):
        return self.question.type


@dataclass
class SurveyResults:
    total: int
    questions: list
    per_day: list  # Row per day with responses, oldest first


class _Tally:
    """The running counts of one question while responses stream past."""

    def __init__(self, question):
        self.question = question
        self.answered = 0
        self.counts = Counter()
        self.sums = Counter()  # matrix: statement → sum; ranking: option → sum of positions
        self.seen = Counter()  # matrix: statement → ratings
        self.texts = []

    def add(self, answers, published):
        value = answers.get(self.question.key)
        if value is None or value == "" or value == [] or value == {}:
            return
        self.answered += 1
        kind = self.question.type
        if kind in FREE_TEXT_TYPES:
            if self.question.key in published and not self.question.personal_data:
                self.texts.append(str(value))
        elif kind == "email":
            return  # personal data: counted as answered, the addresses are never kept
        elif kind == "multiple_choice":
            self.counts.update(set(value))
        elif kind == "yes_no":
            self.counts[YES if value else NO] += 1
        elif kind == "matrix":
            for statement, score in value.items():
                self.counts[(statement, int(score))] += 1
                self.sums[statement] += int(score)
                self.seen[statement] += 1
        elif kind == "ranking":
            for position, option in enumerate(value, start=1):
                self.sums[option] += position
                self.seen[option] += 1
            self.counts[value[0]] += 1  # first places
        elif kind == "date":
            self.counts[str(value)[:7]] += 1  # per month: "YYYY-MM"
        elif kind in ("scale", "number"):
            self.counts[int(value)] += 1
        else:  # single_choice, district, email (counted, never listed)
            self.counts[value] += 1
        key = other_key(self.question)
        if (
            self.question.allow_other
            and not self.question.personal_data
            and key in published
            and answers.get(key)
        ):
            self.texts.append(str(answers[key]))


def _share(count, answered):
    return count / answered if answered else 0.0


def _option_rows(tally, options):
    """Rows for the question's options in order, then "Other", then values no option names."""
    question = tally.question
    values = [option.value for option in options]
    if question.allow_other or tally.counts.get(OTHER_VALUE):
        values.append(OTHER_VALUE)
    # A value an editor removed from the options still counts, under its raw value.
    values += sorted(str(value) for value in tally.counts if value not in values)
    return [
        Row(
            value=value,
            label=question.option_label(value),
            count=tally.counts.get(value, 0),
            share=_share(tally.counts.get(value, 0), tally.answered),
        )
        for value in values
    ]


def _scale_rows(tally):
    return [
        Row(
            value=str(point),
            label=str(point),
            count=tally.counts.get(point, 0),
            share=_share(tally.counts.get(point, 0), tally.answered),
        )
        for point in tally.question.scale
    ]


def _average(total, count):
    return total / count if count else None


def _median(counts):
    """The median of a Counter of numbers (the mean of the two middle ones for an even count)."""
    size = sum(counts.values())
    if not size:
        return None
    middle, seen, low = (size - 1) // 2, 0, None
    for number in sorted(counts):
        seen += counts[number]
        if low is None and seen > middle:
            low = number
        if seen > size // 2:
            return (low + number) / 2 if size % 2 == 0 else low
    return low


def _result(tally):
    """The `QuestionResult` of one finished tally."""
    question, kind = tally.question, tally.question.type
    result = QuestionResult(question=question, answered=tally.answered, texts=tally.texts)
    if kind in ("single_choice", "multiple_choice", "yes_no", "district"):
        result.rows = _option_rows(tally, question.options)
    elif kind == "scale":
        result.rows = _scale_rows(tally)
        total = sum(point * count for point, count in tally.counts.items())
        result.average = _average(total, tally.answered)
    elif kind == "matrix":
        result.rows = [
            Row(
                value=statement.value,
                label=statement.label,
                count=tally.seen[statement.value],
                share=_share(tally.seen[statement.value], tally.answered),
                average=_average(tally.sums[statement.value], tally.seen[statement.value]),
                counts=[tally.counts.get((statement.value, point), 0) for point in question.scale],
            )
            for statement in question.statements
        ]
    elif kind == "ranking":
        rows = [
            Row(
                value=option.value,
                label=option.label,
                count=tally.counts.get(option.value, 0),
                share=_share(tally.counts.get(option.value, 0), tally.answered),
                average=_average(tally.sums[option.value], tally.seen[option.value]),
            )
            for option in question.options
        ]
        result.rows = sorted(rows, key=lambda row: (row.average is None, row.average or 0))
    elif kind == "number":
        result.stats = _number_stats(tally.counts)
    elif kind == "date":
        months = sorted(tally.counts)
        result.rows = _option_rows(tally, tuple(Option(month, month) for month in months))
    return result


def _number_stats(counts):
    size = sum(counts.values())
    if not size:
        return {}
    return {
        "min": min(counts),
        "max": max(counts),
        "mean": sum(number * count for number, count in counts.items()) / size,
        "median": _median(counts),
    }


def responses_per_day(responses):
    """Rows (day, count) of the days with responses, oldest first: one GROUP BY query."""
    days = (
        responses.order_by()
        .annotate(day=TruncDate("submit_time"))
        .values("day")
        .annotate(count=Count("pk"))
        .order_by("day")
    )
    rows = [
        Row(value=row["day"].isoformat(), label=row["day"].isoformat(), count=row["count"])
        for row in days
    ]
    top = max((row.count for row in rows), default=0)
    for row in rows:
        row.share = _share(row.count, top)
    return rows


def survey_results(page, *, responses=None, chunk_size=CHUNK_SIZE, public=False):
    """Aggregate the confirmed responses of a survey in every language.

    Args:
        page: a SurveyPage; labels (options, districts) come in its language.
        responses: the responses to count, by default `survey_responses(page)`.
        chunk_size: rows fetched at a time.
        public: for the public results and open data: personal-data
            questions are left out.

    Returns:
        A `SurveyResults` with one `QuestionResult` per question (per question
        that is not personal data, if public), in order.
    """
    if responses is None:
        responses = survey_responses(page)
    questions = survey_questions(page)
    if public:
        questions = [question for question in questions if not question.personal_data]
    tallies = [_Tally(question) for question in questions]
    total = 0
    rows = responses.order_by().values_list("form_data", "published_answers")
    for answers, published in rows.iterator(chunk_size=chunk_size):
        total += 1
        published = set(published or ())
        for tally in tallies:
            tally.add(answers or {}, published)
    return SurveyResults(
        total=total,
        questions=[_result(tally) for tally in tallies],
        per_day=responses_per_day(responses),
    )
