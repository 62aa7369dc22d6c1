"""Aggregates of a survey's answers: pure functions over the contract of surveys.questions.

Memory stays bounded at any number of responses: the answers are read in
chunks with `.iterator()` and folded into one `Tally` per question
(surveys.results.tallies), whose size depends on the questions, never on the
number of responses. How each answer is counted is its question type's
(surveys.question_types). Public results (the results page and its open
data, `public=True`) leave personal-data questions out entirely: not even a
count of their answers; the admin's results keep them.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncDate

from ..questions import survey_questions
from ..selectors import survey_responses
from .tallies import Row, Tally, share

CHUNK_SIZE = 2000


@dataclass
class SurveyResults:
    total: int
    questions: list  # a QuestionResult per question, in order
    per_day: list  # Row per day with responses, oldest first


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
        row.share = share(row.count, top)
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
    tallies = [Tally(question) for question in questions]
    total = 0
    rows = responses.order_by().values_list("form_data", "published_answers")
    for answers, published in rows.iterator(chunk_size=chunk_size):
        total += 1
        published = set(published or ())
        for tally in tallies:
            tally.add(answers or {}, published)
    return SurveyResults(
        total=total,
        questions=[tally.result() for tally in tallies],
        per_day=responses_per_day(responses),
    )
