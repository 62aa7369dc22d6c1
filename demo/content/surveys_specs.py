"""The shape of a demo survey, and how it becomes a SurveyPage's StreamField.

Block ids are derived from the survey's slug and a question's key, so that
every run writes the same ids (the answer keys of surveys.questions).
Option values are plain strings: they are the same in every language and
never reach wagtail-localize; labels are `Text`s and are translated.
"""

import uuid
from dataclasses import dataclass, field

from surveys.blocks.stream import SurveyStreamBlock

from ..texts import SOURCE_LANGUAGE, Text

BLOCK_ID_NAMESPACE = uuid.UUID("6f4d3c52-2b6e-4e0a-9d0b-5a1f6e1c2d30")


@dataclass(frozen=True)
class Ask:
    """One question. `options` and `statements` are ((value, Text), ...)."""

    kind: str
    key: str
    label: Text
    help: Text | None = None
    options: tuple = ()
    statements: tuple = ()
    min_label: Text | None = None
    max_label: Text | None = None
    required: bool = True
    personal: bool = False
    name: str = ""
    condition: tuple = ()  # (short name of an earlier question, value)
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Heading:
    key: str
    text: Text


@dataclass(frozen=True)
class Explanation:
    key: str
    text: Text  # rich text: p() or bullets()


@dataclass(frozen=True)
class StepBreak:
    key: str
    title: Text


@dataclass(frozen=True)
class SurveySpec:
    """A survey page. Dates are days from the day the content is built (None: no date)."""

    title: Text
    slug: Text
    intro: Text
    thank_you: Text
    items: tuple
    consent: Text | None = None
    policy: str = "unlimited"
    retention_days: int = 365
    opens_in_days: int | None = None
    closes_in_days: int | None = None
    results_public: bool = False
    office_email: str = ""
    send_copy: bool = False


def pl(text):
    """The Polish version of a Text, or "" for None."""
    return text.get(SOURCE_LANGUAGE) if text else ""


def block_id(spec, key):
    """A stable block id for an item of a survey."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{pl(spec.slug)}/{key}"))


def _options(spec, ask, pairs):
    return [
        {
            "type": "item",
            "value": {"value": value, "label": pl(label)},
            "id": block_id(spec, f"{ask.key}/{value}"),
        }
        for value, label in pairs
    ]


def _question_value(spec, ask):
    name, value = ask.condition or ("", "")
    data = {
        "label": pl(ask.label),
        "help_text": pl(ask.help),
        "required": ask.required,
        "personal_data": ask.personal,
        "name": ask.name,
        "condition": {"question": name, "value": value},
        **ask.settings,
    }
    if ask.options:
        data["options"] = _options(spec, ask, ask.options)
    if ask.statements:
        data["statements"] = _options(spec, ask, ask.statements)
    if ask.kind in ("scale", "matrix"):
        # Empty, not missing: wagtail-localize cannot extract a None CharBlock.
        data.update(min_label=pl(ask.min_label), max_label=pl(ask.max_label))
    return data


def _item_data(spec, item):
    if isinstance(item, Ask):
        return item.kind, _question_value(spec, item)
    if isinstance(item, Heading):
        return "heading", {"text": pl(item.text)}
    if isinstance(item, Explanation):
        return "text", pl(item.text)
    return "step_break", {"title": pl(item.title)}


def stream_data(spec):
    """The raw StreamField data of a survey's questions, every child block present."""
    stream = SurveyStreamBlock()
    data = []
    for item in spec.items:
        block_type, value = _item_data(spec, item)
        block = stream.child_blocks[block_type]
        data.append(
            {
                "type": block_type,
                "value": block.get_prep_value(block.to_python(value)),
                "id": block_id(spec, item.key),
            }
        )
    return data
