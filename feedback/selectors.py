"""Reads of the feedback app: which pages show the poll, and the usefulness report."""

from django.db.models import Count, F, FloatField, Q
from django.db.models.functions import Cast
from wagtail.models import Page

from .models import PageFeedback

# Home pages sit directly under the tree root (depth 2), one per language:
# they are a table of contents, not content someone finds useful or not.
HOME_PAGE_DEPTH = 2


def page_shows_poll(page):
    """Whether "Was this page useful?" belongs on this page.

    Any Wagtail page below the home pages shows it, unless its class sets
    `show_feedback_poll = False`; a class may also set it to True to opt in
    at any depth.

    Args:
        page: anything a template calls `page`; only Wagtail pages qualify.

    Returns:
        True when the poll should be shown and answers to it accepted.
    """
    if not isinstance(page, Page) or page.pk is None:
        return False
    return bool(getattr(page, "show_feedback_poll", page.depth > HOME_PAGE_DEPTH))


def page_is_public(page):
    """Whether no view restriction (password, login, groups) applies to the page or an ancestor."""
    return not page.get_view_restrictions().exists()


def votable_page(*, page_id):
    """The live, public page with this id that accepts votes, or None.

    `public()` leaves out pages under a view restriction of any kind, set on
    the page or inherited from an ancestor: the poll must not collect votes
    on them, nor say that they exist.
    """
    page = Page.objects.live().public().filter(pk=page_id).select_related("locale").first()
    if page is None:
        return None
    page = page.specific_deferred
    return page if page_shows_poll(page) else None


def vote_page(*, public_id):
    """The page of the vote with this public identifier, if it still accepts votes; else None."""
    page_id = (
        PageFeedback.objects.filter(public_id=public_id).values_list("page_id", flat=True).first()
    )
    return votable_page(page_id=page_id) if page_id is not None else None


def vote_comment(*, public_id, page):
    """The comment of this page's vote with this public identifier ("" if none yet), or None."""
    return (
        PageFeedback.objects.filter(public_id=public_id, page_id=page.pk)
        .values_list("comment", flat=True)
        .first()
    )


def feedback_filtered(*, language=None, date_from=None, date_to=None, page=None):
    """Answers narrowed by language code, by the day they were sent (inclusive) and by page."""
    answers = PageFeedback.objects.all()
    if language:
        answers = answers.filter(locale__language_code=language)
    if date_from is not None:
        answers = answers.filter(created_at__date__gte=date_from)
    if date_to is not None:
        answers = answers.filter(created_at__date__lte=date_to)
    if page is not None:
        answers = answers.filter(page=page)
    return answers


def usefulness_report(*, language=None, date_from=None, date_to=None):
    """One row per page: yes, no, total, share useful (0–1) and number of comments.

    A single GROUP BY query however many pages there are; rows are dicts
    with page_id, title, language, yes, no, total, share and comments, the
    most answered pages first.
    """
    answers = feedback_filtered(language=language, date_from=date_from, date_to=date_to)
    yes = Count("pk", filter=Q(useful=True))
    return (
        answers.values("page_id", title=F("page__title"), language=F("locale__language_code"))
        .annotate(
            yes=yes,
            no=Count("pk", filter=Q(useful=False)),
            total=Count("pk"),
            share=Cast(yes, FloatField()) / Cast(Count("pk"), FloatField()),
            comments=Count("pk", filter=~Q(comment="")),
        )
        .order_by("-total", "title", "page_id")
    )


def page_totals(*, page, date_from=None, date_to=None):
    """Yes, no, total and comments of one page, as a dict (one query)."""
    answers = feedback_filtered(page=page, date_from=date_from, date_to=date_to)
    return answers.aggregate(
        yes=Count("pk", filter=Q(useful=True)),
        no=Count("pk", filter=Q(useful=False)),
        total=Count("pk"),
        comments=Count("pk", filter=~Q(comment="")),
    )


def page_comments(*, page, date_from=None, date_to=None):
    """The answers of one page that carry a comment, newest first."""
    answers = feedback_filtered(page=page, date_from=date_from, date_to=date_to)
    return answers.exclude(comment="").order_by("-created_at", "-pk")
