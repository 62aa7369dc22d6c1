"""Generated answers to the closed demo survey, so its public results have something to show.

Answers are drawn with a fixed seed (the same on every run) from the
survey's own questions, read through surveys.questions, so they have
exactly the JSON shapes results and exports expect.
"""

import datetime
import random
import uuid

from surveys.models import ResponseStatus, SurveyResponse
from surveys.questions import OTHER_VALUE, other_key, survey_questions

SEED = 20250412
RESPONSE_COUNT = 320
COMMENTS = (
    "Więcej cienia przy ławkach.",
    "Park przy Rękawce jest świetny, ale brakuje koszy na śmieci.",
    "Proszę o poidełko dla psów.",
    "Latem wieczorem jest za głośno.",
    "Dobrze, że zostawiono stare drzewa.",
)


def _weighted(rng, values):
    """One value, earlier values more likely (residents lean to the first options)."""
    weights = [len(values) - index + 1 for index in range(len(values))]
    return rng.choices(values, weights=weights)[0]


def _scale_value(rng, scale):
    # Mostly favourable ratings, as such surveys tend to get.
    top = scale.stop - 1
    return min(top, max(1, round(rng.gauss(top * 0.7, top * 0.2))))


def _answer(rng, question):
    """A value of the documented shape for one question, or None to leave it unanswered."""
    values = [option.value for option in question.options]
    if not question.required and rng.random() < 0.3:
        return None
    kind = question.type
    if kind in ("single_choice", "district"):
        return _weighted(rng, values)
    if kind == "multiple_choice":
        chosen = set(rng.sample(values, rng.randint(1, min(len(values), 3))))
        return [value for value in values if value in chosen]
    if kind == "ranking":
        return rng.sample(values, len(values))
    if kind == "scale":
        return _scale_value(rng, question.scale)
    if kind == "matrix":
        return {row.value: _scale_value(rng, question.scale) for row in question.statements}
    if kind == "yes_no":
        return rng.random() < 0.62
    if kind in ("long_text", "short_text"):
        return rng.choice(COMMENTS) if rng.random() < 0.4 else None
    if kind == "number":
        return rng.randint(question.min_value or 1, question.max_value or 99)
    return None


def generated_answers(rng, questions):
    """One resident's answers: every question's key with its value, skipping the unanswered."""
    answers = {}
    for question in questions:
        value = _answer(rng, question)
        if value is not None:
            answers[question.key] = value
        if question.allow_other and value == OTHER_VALUE:
            answers[other_key(question)] = "Inne"
    return answers


def _submit_times(rng, opens_at, closes_at, count):
    seconds = int((closes_at - opens_at).total_seconds()) - 1
    return sorted(
        opens_at + datetime.timedelta(seconds=rng.randint(0, seconds)) for _ in range(count)
    )


def ensure_responses(page, report):
    """Create the generated responses of a closed survey, unless it has responses already.

    Returns:
        The number of responses created.
    """
    if SurveyResponse.objects.filter(page=page).exists():
        report(f"  kept the responses to {page.title!r}", verbosity=2)
        return 0
    report(f"Generating {RESPONSE_COUNT} responses to {page.title!r}…")
    rng = random.Random(SEED)
    questions = survey_questions(page)
    times = _submit_times(rng, page.opens_at, page.closes_at, RESPONSE_COUNT)
    responses = [
        SurveyResponse(
            page=page,
            locale_id=page.locale_id,
            form_data=generated_answers(rng, questions),
            status=ResponseStatus.CONFIRMED,
            confirmed_at=submitted,
            submission_token=uuid.UUID(int=rng.getrandbits(128), version=4),
        )
        for submitted in times
    ]
    created = SurveyResponse.objects.bulk_create(responses, batch_size=500)
    # submit_time is auto_now_add, which bulk_create overwrites; bulk_update does not.
    for response, submitted in zip(created, times, strict=True):
        response.submit_time = submitted
    SurveyResponse.objects.bulk_update(created, ["submit_time"], batch_size=500)
    return len(created)
