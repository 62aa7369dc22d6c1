"""Signed tokens that let the person who voted, and only them, add a comment.

The token travels in the redirect's query string (without JavaScript) or in
the JSON answer (with it), never in a cookie, so the page that shows the poll
stays identical for every visitor and can be cached whole.

Signed is not secret: anyone can decode the payload. So it names the vote by
its random `public_id` only, never by a database id or a page id, which would
tell how many answers and pages there are and, for a page, where it lives.
"""

import uuid

from django.core import signing

# "v2": tokens of the first format (database ids) are refused, not misread.
SALT = "feedback.vote.v2"
# Long enough to write a comment after a long read, short enough that a
# shared or bookmarked link soon stops offering the comment form.
MAX_AGE_SECONDS = 60 * 60 * 24
MAX_LENGTH = 200


def vote_token(feedback):
    """A signed, timestamped token naming one vote by its random public identifier.

    Args:
        feedback: the saved PageFeedback.

    Returns:
        A URL-safe string.
    """
    return signing.dumps({"vote": str(feedback.public_id)}, salt=SALT)


def read_vote_token(token):
    """The public identifier (a UUID) a token names, or None if it is forged, garbled or expired."""
    if not isinstance(token, str) or not token or len(token) > MAX_LENGTH:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except (signing.BadSignature, ValueError):
        return None
    vote = data.get("vote") if isinstance(data, dict) else None
    if not isinstance(vote, str):
        return None
    try:
        return uuid.UUID(vote)
    except ValueError:
        return None
