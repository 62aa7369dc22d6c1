"""Survey pages, the responses residents send, and drafts of multi-step surveys."""

from .choices import ResponsePolicy
from .pages import SurveyIndexPage, SurveyPage
from .responses import ResponseStatus, SurveyDraft, SurveyResponse

__all__ = [
    "ResponsePolicy",
    "ResponseStatus",
    "SurveyDraft",
    "SurveyIndexPage",
    "SurveyPage",
    "SurveyResponse",
]
