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


def page_feedback_add_comment(*, vote_id, page_id, comment):
    """Attach a comment to a vote that has none yet.

    The update is conditional (comment still empty), so two submissions
    racing each other cannot both succeed, and nobody can replace a comment.

    Args:
        vote_id: the vote named by the signed token.
        page_id: the page named by the same token.
        comment: the cleaned comment, at most COMMENT_MAX_LENGTH characters.

    Returns:
        The page the vote belongs to.

    Raises:
        VoteNotFound: no such vote for that page.
        CommentAlreadySent: the vote has a comment already.
    """
    votes = PageFeedback.objects.filter(pk=vote_id, page_id=page_id)
    if votes.filter(comment="").update(comment=comment):
        return votes.select_related("page").get().page
    if votes.exists():
        raise CommentAlreadySent
    raise VoteNotFound
