"""Counting one question's answers while responses stream past, and the rows they become.

The pieces question types count with (`QuestionType.count` and
`QuestionType.summarize` in surveys.question_types); surveys.results.aggregate
runs the count over a survey's responses. A tally's size depends on the
question (options, scale points, distinct numbers), never on the number of
responses.
"""

from collections import Counter
from dataclasses import dataclass, field

from ..questions import OTHER_VALUE, other_key


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


class Tally:
    """The running counts of one question while responses stream past.

    Its question type fills `counts` (and, for averages, `sums` and `seen`)
    from each answer; free text is kept only where an editor published it,
    and never for a personal-data question.
    """

    def __init__(self, question):
        self.question = question
        self.answered = 0
        self.counts = Counter()
        self.sums = Counter()  # e.g. matrix: statement → sum; ranking: option → sum of positions
        self.seen = Counter()  # e.g. matrix: statement → ratings
        self.texts = []

    def add(self, answers, published):
        """Count one response's answer: `published` holds the keys of its published texts."""
        question = self.question
        value = answers.get(question.key)
        if value is None or value == "" or value == [] or value == {}:
            return
        self.answered += 1
        shown = not question.personal_data
        if question.question_type.free_text and shown and question.key in published:
            self.texts.append(str(value))
        question.question_type.count(self, value)
        key = other_key(question)
        if question.allow_other and shown and key in published and answers.get(key):
            self.texts.append(str(answers[key]))

    def result(self):
        """The `QuestionResult` of the finished tally."""
        result = QuestionResult(question=self.question, answered=self.answered, texts=self.texts)
        self.question.question_type.summarize(self, result)
        return result


def share(count, answered):
    return count / answered if answered else 0.0


def average(total, count):
    return total / count if count else None


def option_rows(tally, options):
    """Rows for the options in order, then "Other", then values no option names."""
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
            share=share(tally.counts.get(value, 0), tally.answered),
        )
        for value in values
    ]


def scale_rows(tally):
    """A row per point of the question's scale, in order."""
    return [
        Row(
            value=str(point),
            label=str(point),
            count=tally.counts.get(point, 0),
            share=share(tally.counts.get(point, 0), tally.answered),
        )
        for point in tally.question.scale
    ]


def median(counts):
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


def number_stats(counts):
    """Smallest, largest, mean and median of a Counter of numbers ({} when empty)."""
    size = sum(counts.values())
    if not size:
        return {}
    return {
        "min": min(counts),
        "max": max(counts),
        "mean": sum(number * count for number, count in counts.items()) / size,
        "median": median(counts),
    }
