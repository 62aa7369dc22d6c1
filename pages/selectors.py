"""Read-only queries behind the page templates, each a small named function.

They take pages and import no page model of this app, so the models can use
them; lists of one page type are that type's queryset methods (e.g.
`NewsPage.objects.newest_first()`).
"""

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page, PageLogEntry

from core.restrictions import pages_public
from core.translations import localized_pages


def featured_items_for_home(home_page: Page) -> list[dict]:
    """The editor-chosen items of a home page, in the reader's locale.

    Args:
        home_page: the HomePage whose featured items are shown.

    Returns:
        One {"page", "summary"} dict per live item no view restriction
        covers, in the editors' order; the summary falls back to the page's
        lead, then its search description.
    """
    items = list(home_page.featured_items.order_by("sort_order"))
    specific_pages = Page.objects.filter(id__in=[item.page_id for item in items]).specific()
    by_id = {page.id: page for page in specific_pages}
    # A page deleted since the home page was published simply drops out.
    items = [item for item in items if item.page_id in by_id]
    pages = localized_pages([by_id[item.page_id] for item in items], home_page.locale)
    shown = {page.pk for page in pages_public(pages)}
    return [
        {
            "page": page,
            "summary": item.summary
            or getattr(page, "lead", "")
            or getattr(page, "search_description", ""),
        }
        for item, page in zip(items, pages, strict=True)
        if page.live and page.pk in shown
    ]


@dataclass(frozen=True)
class PublicationRecord:
    """The 'metryczka': who published, which unit, and when it was created and changed."""

    published_by: str
    publishing_unit: str
    created_at: datetime | None
    first_published_at: datetime | None
    last_published_at: datetime | None


PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


def publisher_name(page: Page) -> str:
    """Who published the live version: the moderator who approved it, not its author.

    Taken from the page's audit log; a scheduled publication is carried out
    by a periodic job without a user, so the person who scheduled it counts.

    Returns:
        The publisher's full name (else username), or "" when no user published it.
    """
    entry = (
        PageLogEntry.objects.filter(page=page, action__in=PUBLISH_ACTIONS, user__isnull=False)
        .select_related("user")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return ""
    return entry.user.get_full_name() or entry.user.get_username()


def publication_record(page: Page) -> PublicationRecord:
    """Build the publication record of a page from its history, never from typed dates.

    Args:
        page: a saved page; its `publishing_unit` is used when it has one.
    """
    first_revision = page.revisions.order_by("created_at").only("created_at").first()
    return PublicationRecord(
        published_by=publisher_name(page),
        publishing_unit=getattr(page, "publishing_unit", ""),
        created_at=first_revision.created_at if first_revision else None,
        first_published_at=page.first_published_at,
        last_published_at=page.last_published_at,
    )
