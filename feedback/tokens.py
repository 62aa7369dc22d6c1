"""Signed tokens that let the person who voted, and only them, add a comment.

The token travels in the redirect's query string (without JavaScript) or in
the JSON answer (with it), never in a cookie, so the page that shows the poll
stays identical for every visitor and can be cached whole.
"""

from django.core import signing

SALT = "feedback.vote"
# Long enough to write a comment after a long read, short enough that a
# shared or bookmarked link soon stops offering the comment form.
MAX_AGE_SECONDS = 60 * 60 * 24


def vote_token(feedback):
    """A signed, timestamped token naming one vote and its page.

    Args:
        feedback: the saved PageFeedback.

    Returns:
        A URL-safe string.
    """
    return signing.dumps({"vote": feedback.pk, "page": feedback.page_id}, salt=SALT)


def read_vote_token(token):
    """The (vote id, page id) a token names, or None if it is forged, garbled or expired."""
    if not token or len(token) > 200:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    vote, page = data.get("vote"), data.get("page")
    if not isinstance(vote, int) or not isinstance(page, int):
        return None
    return vote, page
