"""Conditional questions: which questions a set of answers shows, and which answers count."""

from .questions import NO, YES, other_key


def condition_met(condition, answers):
    """Whether `answers` satisfy a question's condition (None: always shown).

    An answer "includes" the value for multiple choice and ranking (lists),
    "equals" it otherwise; yes/no answers compare as "yes"/"no".
    """
    if condition is None:
        return True
    value = answers.get(condition.question_key)
    if value is None or isinstance(value, dict):
        return False
    if isinstance(value, bool):
        return (YES if value else NO) == condition.value
    if isinstance(value, list):
        return condition.value in value
    return str(value) == condition.value


def visible_answers(questions, answers):
    """The answers of shown questions only, in question order.

    Conditions are checked against the answers kept so far, so a question
    hidden by a changed answer also hides the questions that depend on it.
    """
    kept = {}
    for question in questions:
        if not condition_met(question.condition, kept):
            continue
        for key in (question.key, other_key(question)):
            if key in answers:
                kept[key] = answers[key]
    return kept


def missing_required(questions, answers):
    """The shown, required questions without an answer."""
    return [
        question
        for question in questions
        if question.required
        and condition_met(question.condition, answers)
        and question.key not in answers
    ]
