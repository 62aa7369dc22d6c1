"""Survey pages, the responses residents send, and drafts of multi-step surveys."""

from .pages import ResponsePolicy, SurveyIndexPage, SurveyPage
from .responses import ResponseStatus, SurveyDraft, SurveyResponse

__all__ = [
    "ResponsePolicy",
    "ResponseStatus",
    "SurveyDraft",
    "SurveyIndexPage",
    "SurveyPage",
    "SurveyResponse",
]
