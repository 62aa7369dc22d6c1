"""Models of the feedback app: one row per answer to "Was this page useful?"."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500
REPORT_PERMISSION = "feedback.view_page_feedback_report"


class PageFeedback(models.Model):
    """A resident's yes/no answer about one page, with an optional comment.

    Deliberately anonymous: no IP address, user agent or user is stored. The
    locale is kept next to the page so that the report can be filtered by
    language without joining the page tree. `public_id` is the only name of
    an answer that leaves the server (in the voter's comment token): random,
    so a token says nothing about how many answers or pages there are.
    """

    public_id = models.UUIDField(
        verbose_name=_("Public identifier"), default=uuid.uuid4, unique=True, editable=False
    )

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("Language"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    useful = models.BooleanField(verbose_name=_("Useful"))
    comment = models.TextField(verbose_name=_("Comment"), blank=True, max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(verbose_name=_("Sent at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Page feedback")
        verbose_name_plural = _("Page feedback")
        # The answers are read only through the report, never edited in the
        # admin, so Django's add/change/delete/view permissions would only
        # clutter the group editor.
        default_permissions = ()
        permissions = [("view_page_feedback_report", _("Can view the page usefulness report"))]
        indexes = [models.Index(fields=["page", "created_at"])]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"
