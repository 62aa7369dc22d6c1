"""The poll "Was this page useful?", included once by templates/base.html."""

from django import template

from feedback.forms import CommentForm, VoteForm
from feedback.models import COMMENT_MAX_LENGTH
from feedback.selectors import page_is_public, page_shows_poll, vote_comment
from feedback.tokens import read_vote_token
from feedback.views import DONE, STATE_PARAMETER

register = template.Library()

INITIAL, COMMENT, THANKS = "initial", "comment", "thanks"


def poll_state(request, page):
    """Which step of the poll to show, read from the URL only (never a cookie or session).

    Without a `feedback` parameter every visitor gets the same initial
    state, which keeps the page cacheable; after voting without JavaScript
    the redirect carries the signed token (comment form) or "done".

    Returns:
        (state, token): the token is set only in the comment state.
    """
    value = request.GET.get(STATE_PARAMETER) if request is not None else None
    if not value:
        return INITIAL, ""
    if value == DONE:
        return THANKS, ""
    public_id = read_vote_token(value)
    comment = vote_comment(public_id=public_id, page=page) if public_id else None
    if comment is None:  # garbled, expired, or a vote on another page
        return INITIAL, ""
    return (COMMENT, value) if comment == "" else (THANKS, "")


@register.inclusion_tag("feedback/poll.html", takes_context=True)
def feedback_poll(context):
    """Render the poll for the page in the context, or nothing where it does not belong."""
    page = context.get("page")
    request = context.get("request")
    if getattr(request, "is_preview", False) or not page_shows_poll(page) or not page.live:
        return {"show": False}
    # A restricted page takes no votes (feedback.views), so it offers none.
    if not page_is_public(page):
        return {"show": False}
    state, token = poll_state(request, page)
    return {
        "show": True,
        "page": page,
        "state": state,
        "vote_form": VoteForm(
            auto_id="feedback-vote-%s",
            initial={"page": page.pk, "locale": page.locale.language_code},
        ),
        "comment_form": CommentForm(auto_id="feedback-comment-%s", initial={"token": token}),
        "comment_max_length": COMMENT_MAX_LENGTH,
    }
