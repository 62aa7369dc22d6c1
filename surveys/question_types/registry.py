"""The registry of question types: the kinds of question editors can add, in a stable order."""

from django.core.exceptions import ImproperlyConfigured

# name → QuestionType, in the order of registration (dicts keep it).
_registered = {}


def register(question_type):
    """Add a question type after those registered before it; returns it.

    Args:
        question_type: a `QuestionType` instance whose `name` no other type has.

    Raises:
        ImproperlyConfigured: a type of that name is registered already.
    """
    if not question_type.name:
        raise ImproperlyConfigured(f"{type(question_type).__name__} has no name.")
    if question_type.name in _registered:
        raise ImproperlyConfigured(f"A question type named “{question_type.name}” is registered.")
    _registered[question_type.name] = question_type
    return question_type


def unregister(name):
    """Remove the question type of this name (e.g. a test's), so that editors no longer see it."""
    if _registered.pop(name, None) is None:
        raise LookupError(f"No question type is named “{name}”.")


def question_type_for(name):
    """The registered question type of this name.

    Raises:
        LookupError: no type of that name is registered.
    """
    try:
        return _registered[name]
    except KeyError:
        raise LookupError(f"No question type is named “{name}”.") from None


def question_types():
    """Every registered question type, in the order they were registered."""
    return tuple(_registered.values())
