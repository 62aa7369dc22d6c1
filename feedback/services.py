"""Writes of the feedback app: storing an answer and attaching its comment."""

from .models import PageFeedback


class CommentAlreadySent(Exception):
    """The vote already has a comment; a second one would overwrite the first."""


class VoteNotFound(Exception):
    """The token names a vote that no longer exists (its page was deleted)."""


def page_feedback_create(*, page, useful):
    """Store one anonymous answer about a page, in the page's own language.

    Args:
        page: a live page that shows the poll (see selectors.votable_page).
        useful: True for "yes", False for "no".

    Returns:
        The saved PageFeedback.
    """
    return PageFeedback.objects.create(page=page, locale_id=page.locale_id, useful=useful)


def page_feedback_add_comment(*, public_id, comment):
    """Attach a comment to a vote that has none yet.

    The update is conditional (comment still empty), so two submissions
    racing each other cannot both succeed, and nobody can replace a comment.

    Args:
        public_id: the vote's public identifier, from the signed token.
        comment: the cleaned comment, at most COMMENT_MAX_LENGTH characters.

    Raises:
        VoteNotFound: no such vote.
        CommentAlreadySent: the vote has a comment already.
    """
    votes = PageFeedback.objects.filter(public_id=public_id)
    if votes.filter(comment="").update(comment=comment):
        return
    if votes.exists():
        raise CommentAlreadySent
    raise VoteNotFound
