"""Purge cached pages when what they show changes: the in-app cache and a proxy in front.

Two caches keep whole pages (core.page_cache): the in-app cache and, in
production, Varnish (deploy/varnish/default.vcl), which is told through
`wagtail.contrib.frontend_cache` with `VarnishBackend` below. Every purge
waits for the transaction that made the change to commit: purging earlier
would let a visitor's request put the old page back before the new one is
visible. The handlers are connected in `CoreConfig.ready()` and know only
Wagtail's page tree and signals, no page type of ours.

In-app, every change forgets every page (`page_cache.purge_all()`: a new
generation). A page's title and address appear on many other pages (the
menu, breadcrumbs of its subtree, its parent's listing, the lists of pages
that choose it or that it names), and some of those lists are queries no
index records. Rebuilding a page costs tens of milliseconds and editors
publish a few times an hour, so one cheap, always-correct purge beats an
exact one that can miss a page.

The proxy is purged more narrowly, in every language the page exists in:

- a page published, unpublished or restricted: the page and everything
  below it (their breadcrumbs name it), each ancestor's listing with its
  extra routes (`get_cached_paths()`, e.g. `past/`, `calendar/`) and any
  query string (filters, page numbers), the pages it references or that
  reference it (Wagtail's reference index: chosen pages, related items,
  partners) and the sitemap;
- a home page or a page in the main navigation (the top two levels under
  the root), a moved page, a page whose slug changed, a deleted page, a
  saved snippet, site setting or Site: the whole site. These show on
  pages the tree cannot name (the menu and footer on every page, a
  district or topic in every filter form and card), so only a whole-site
  purge is sure to reach them; they change rarely.

Images and documents purge the pages that reference them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.encoding import iri_to_uri
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.snippets.models import get_snippet_models

from core import page_cache

logger = logging.getLogger(__name__)

# Root (1), the home page in each language (2), the main navigation (3).
FRAME_DEPTH = 3
# A URL whose path ends with this purges the path and everything below it.
SUBTREE = "*"


# --- What to purge -------------------------------------------------------------------


def site_wide_urls() -> set[str]:
    """One subtree purge per site, from its root: everything the proxy holds for it."""
    return {f"{site.root_url}/{SUBTREE}" for site in Site.objects.all()}


def _page_paths(page: Page) -> set[str]:
    """The page's own URL with each of its extra routes (Page.get_cached_paths)."""
    url = page.get_full_url()
    if url is None:
        return set()
    url = iri_to_uri(url)
    return {url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()}


def _referenced_pages(pages: list[Page]) -> Iterable[Page]:
    """Pages that choose one of `pages`, and pages one of `pages` chooses."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = [str(page.pk) for page in pages]
    inbound = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=ids, base_content_type=page_type
    ).values_list("object_id", flat=True)
    outbound = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=ids, to_content_type=page_type
    ).values_list("to_object_id", flat=True)
    related = {int(pk) for pk in [*inbound, *outbound]} - {page.pk for page in pages}
    return Page.objects.filter(pk__in=related)


def _referencing_pages(obj) -> Iterable[Page]:
    """Pages whose content names `obj` (an image, a document), by the reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    return Page.objects.filter(pk__in=[int(pk) for pk in ids.values_list("object_id", flat=True)])


def page_change_urls(page: Page) -> set[str]:
    """Proxy URLs to purge when `page` is published, unpublished or restricted (see module)."""
    if page.depth <= FRAME_DEPTH:
        return site_wide_urls()
    translations = list(page.get_translations(inclusive=True))
    urls = set()
    for translation in translations:
        url = translation.get_full_url()
        if url is not None:
            urls.add(iri_to_uri(url) + SUBTREE)
        for ancestor in translation.get_ancestors().filter(depth__gt=1):
            urls |= _page_paths(ancestor)
    for related in _referenced_pages(translations):
        urls |= _page_paths(related)
    urls |= {f"{site.root_url}/sitemap.xml" for site in Site.objects.all()}
    return urls


# --- When: after the commit, once per transaction --------------------------------------


class PendingPurge:
    """The URLs one transaction asks to purge; sent once, after it commits."""

    def __init__(self):
        self.urls: set[str] = set()

    def __call__(self) -> None:
        page_cache.purge_all()
        if self.urls:
            # Called, not enqueued: the editor who published sees the change
            # through the proxy at once, whether or not a task worker runs.
            purge_urls_from_cache_task.call(sorted(self.urls))


def schedule_purge(urls: Iterable[str] = ()) -> None:
    """Purge the in-app cache and `urls` from the proxy once the current transaction commits.

    Several changes in one transaction (a page and its translations, a
    restriction copied to every language) share one purge.

    Args:
        urls: full URLs for the proxy; a path ending in `*` is a whole subtree.
    """
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        # Joined only within the same savepoint: a purge registered in a
        # savepoint that is rolled back later must not take these URLs along.
        savepoints = set(connection.savepoint_ids)
        for callback_savepoints, callback, _robust in connection.run_on_commit:
            if isinstance(callback, PendingPurge) and callback_savepoints == savepoints:
                callback.urls.update(urls)
                return
    pending = PendingPurge()
    pending.urls.update(urls)
    transaction.on_commit(pending, robust=True)


def purge_page(page: Page) -> None:
    """Purge what shows `page` (see the module) once the transaction commits."""
    schedule_purge(page_change_urls(page))


def purge_site() -> None:
    """Purge every page of every site once the transaction commits."""
    schedule_purge(site_wide_urls())


# --- Signal handlers (connected in CoreConfig.ready) -----------------------------------


def on_page_published(sender, instance, **kwargs):
    """A page or a translation went live, or a new revision of it did."""
    purge_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    purge_page(instance)


def on_page_moved(sender, instance, **kwargs):
    """A move changes the addresses of a whole subtree and two listings."""
    purge_site()


def on_page_slug_changed(sender, instance, **kwargs):
    """The subtree's old addresses must stop answering with the old pages."""
    purge_site()


def on_page_deleted(sender, instance, **kwargs):
    purge_site()


def on_restriction_changed(sender, instance, **kwargs):
    """A restriction added or lifted hides or shows the subtree and its place in listings."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page)


def shown_on_pages_everywhere(model) -> bool:
    """Snippets, site settings and Sites: shown in frames and lists no index records."""
    return (
        model in get_snippet_models() or model in settings_registry or issubclass(model, Site)
    ) and not issubclass(model, (Page, PageViewRestriction))


def on_model_saved_or_deleted(sender, instance, **kwargs):
    """Whole-site purge for snippets and settings; referencing pages for images and documents."""
    if kwargs.get("raw"):
        return  # Fixtures being loaded: nothing is cached from them yet.
    if shown_on_pages_everywhere(sender):
        purge_site()
    elif sender in (get_image_model(), get_document_model()):
        urls = set()
        for page in _referencing_pages(instance):
            urls |= _page_paths(page)
        schedule_purge(urls)


# --- The proxy ------------------------------------------------------------------------


class VarnishBackend(BaseBackend):
    """`wagtail.contrib.frontend_cache` backend for deploy/varnish/default.vcl.

    Sends `PURGE <path>` to the proxy with the page's Host; the VCL then
    drops that path with every query string, or, for a path ending in `*`,
    everything below it. Unlike Wagtail's HTTPBackend it gives up after
    TIMEOUT seconds, so a hung proxy cannot hold an editor's request.

    Settings: {"BACKEND": "core.purge.VarnishBackend", "LOCATION": "http://127.0.0.1:6081",
    "TIMEOUT": 2}.
    """

    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.scheme, self.netloc = location.scheme, location.netloc
        self.timeout = params.get("TIMEOUT", 2)

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        request = Request(  # noqa: S310 - the scheme comes from the LOCATION setting
            urlunsplit((self.scheme, self.netloc, parts.path or "/", "", "")),
            method="PURGE",
            headers={
                "Host": parts.netloc,
                "User-Agent": f"Wagtail-frontendcache/{wagtail_version}",
            },
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310
                pass
        except HTTPError as error:
            logger.error("Proxy refused to purge %s: %s %s", url, error.code, error.reason)
        except (URLError, TimeoutError, OSError) as error:
            logger.error("Could not reach the proxy to purge %s: %s", url, error)
