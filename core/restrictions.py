"""View restrictions that follow the content into every language, and lists that respect them.

Wagtail keeps a `PageViewRestriction` (password, login or groups) on one
page, covering the page and its descendants. A page's translations are other
pages, so without help a restriction set on the Polish page leaves the
English and Ukrainian ones public. Here every translation of a page carries
the same restriction as the page itself: adding, changing or removing it on
any language version (in the admin or in code) does the same on the others,
and a page translated later starts with its source's restriction. The
signals are connected in `CoreConfig.ready()`.

Restrictions inherited from an ancestor follow by themselves: the ancestor's
translations carry the ancestor's restriction.

Lists build on `PageQuerySet.public()`; `pages_public` filters a list of
pages that was not built from a queryset (e.g. pages chosen by editors).

Restricted sections are read from the cache, not the database, on every
page: Wagtail's `public()` reads every restriction each time it is called
(two or three times a page), and its serving hook, the feedback poll and
survey pages each ask for the page's own restrictions. `restricted_sections()`
keeps the (path, depth) of the restricted pages in Django's cache under a
version that every restriction change and page move replaces, at once and
again after the commit (a request that read the old rows meanwhile stores
them under a version nobody reads any more); `cached_private_q` replaces
`PageQuerySet.private_q` with it (CoreConfig.ready), so every `.public()` is
built without a query; a page's own restrictions are looked up once per page
object (`BasePage.get_view_restrictions`).
"""

import contextlib
import threading
import uuid
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction

SECTIONS_VERSION_KEY = "restrictions:version"
SECTIONS_KEY = "restrictions:sections"
# A safety net only: every change replaces the version at once.
SECTIONS_TIMEOUT = 60 * 60

_state = threading.local()


@contextlib.contextmanager
def _syncing() -> Iterator[None]:
    """Mark the copies made while syncing, so that their own signals do not sync again."""
    previous = getattr(_state, "syncing", False)
    _state.syncing = True
    try:
        yield
    finally:
        _state.syncing = previous


def is_syncing() -> bool:
    """Whether a restriction is being copied to translations in this thread right now."""
    return getattr(_state, "syncing", False)


def restriction_of(page: Page) -> PageViewRestriction | None:
    """The restriction set on `page` itself (not inherited), the oldest if there are several."""
    return page.view_restrictions.order_by("pk").first()


def restriction_apply(page: Page, source: PageViewRestriction | None) -> None:
    """Make the restriction set on `page` itself equal to `source` (type, password, groups).

    `source` None removes it. Nothing is written where nothing differs, so
    syncing a page that is already in step costs only reads.
    """
    existing = list(page.view_restrictions.order_by("pk"))
    if source is None:
        for restriction in existing:
            restriction.delete()
        return
    target = existing[0] if existing else PageViewRestriction(page=page)
    for extra in existing[1:]:
        extra.delete()
    if (
        target.pk is None
        or target.restriction_type != source.restriction_type
        or target.password != source.password
    ):
        target.restriction_type = source.restriction_type
        target.password = source.password
        target.save()
    groups = set(source.groups.values_list("pk", flat=True))
    if set(target.groups.values_list("pk", flat=True)) != groups:
        target.groups.set(groups)


def restrictions_sync_to_translations(page: Page) -> None:
    """Give every other translation of `page` the restriction `page` has itself, or none.

    Args:
        page: the page whose restriction was just added, changed or removed.
    """
    if is_syncing():
        return
    with _syncing():
        source = restriction_of(page)
        for translation in Page.objects.filter(translation_key=page.translation_key).exclude(
            pk=page.pk
        ):
            restriction_apply(translation, source)


def restrictions_copy_to_translation(source: Page, translation: Page) -> None:
    """Give a page's new translation the restriction its source has itself.

    Wagtail copies a restriction into a new translation only when the
    translated parent is not restricted; this makes the copy unconditional,
    so every language version carries its own.
    """
    if is_syncing():
        return
    with _syncing():
        restriction_apply(translation, restriction_of(source))


def restriction_adopt_groups(restriction: PageViewRestriction) -> None:
    """Give a new restriction without groups the groups of its translations' restriction.

    A restriction is saved before its groups are set (the admin form, Wagtail's
    page copy), and wagtail-localize copies one without its groups at all.
    Syncing the new, group-less restriction must not strip the groups of the
    other language versions; the groups set afterwards, if any, sync again.
    """
    if restriction.restriction_type != PageViewRestriction.GROUPS or restriction.groups.exists():
        return
    other = (
        PageViewRestriction.objects.filter(
            page__translation_key=restriction.page.translation_key, groups__isnull=False
        )
        .exclude(page=restriction.page_id)
        .order_by("pk")
        .first()
    )
    if other is not None:
        with _syncing():
            restriction.groups.set(other.groups.all())


def restriction_signature(restriction: PageViewRestriction | None) -> tuple | None:
    """What makes two restrictions equal: type, password and groups."""
    if restriction is None:
        return None
    groups = tuple(sorted(restriction.groups.values_list("pk", flat=True)))
    return (restriction.restriction_type, restriction.password, groups)


def restriction_to_keep(pages: list[Page], default_language: str) -> PageViewRestriction | None:
    """The restriction a group of translations should share when they disagree.

    A restriction is never dropped in repair: the default language's own
    restriction wins if it has one, otherwise the oldest restriction of any
    translation.
    """
    own = {page.pk: restriction_of(page) for page in pages}
    for page in pages:
        if page.locale.language_code == default_language and own[page.pk] is not None:
            return own[page.pk]
    restricted = [restriction for restriction in own.values() if restriction is not None]
    return min(restricted, key=lambda restriction: restriction.pk) if restricted else None


def restrictions_out_of_step(default_language: str) -> Iterator[tuple[Page, PageViewRestriction]]:
    """(page, restriction it should carry) for each translation whose own restriction differs.

    Only groups of translations where at least one page is restricted are
    read: the sync signals keep the rest in step, so this finds what bypassed
    them (QuerySet.update(), raw SQL, imports with signals off).
    """
    keys = (
        PageViewRestriction.objects.values_list("page__translation_key", flat=True)
        .order_by()
        .distinct()
    )
    for key in keys:
        pages = list(Page.objects.filter(translation_key=key).select_related("locale"))
        source = restriction_to_keep(pages, settings.LANGUAGE_CODE)
        wanted = restriction_signature(source)
        for page in pages:
            if restriction_signature(restriction_of(page)) != wanted:
                yield page, source


def restrictions_repair(*, dry_run: bool = False) -> list[Page]:
    """Bring every translation's own restriction in step with its group's; the pages changed."""
    changed = []
    for page, source in list(restrictions_out_of_step(settings.LANGUAGE_CODE)):
        changed.append(page)
        if not dry_run:
            with _syncing():
                restriction_apply(page, source)
    return changed


# --- Restricted sections, cached ---------------------------------------------------


def _sections_version() -> str | None:
    return cache.get(SECTIONS_VERSION_KEY)


def restricted_sections() -> tuple[tuple[str, int], ...]:
    """(path, depth) of every page that carries a view restriction, from the cache.

    One database query when the cache has none for the current version (and
    on every call while the cache is unreachable); none otherwise.
    """
    version = _sections_version()
    if version is not None:
        sections = cache.get(f"{SECTIONS_KEY}:{version}")
        if sections is not None:
            return sections
    sections = tuple(
        sorted(set(PageViewRestriction.objects.order_by().values_list("page__path", "page__depth")))
    )
    if version is None:
        version = uuid.uuid4().hex
        # add(): of two processes starting a version at once, one wins.
        if not cache.add(SECTIONS_VERSION_KEY, version, timeout=None):
            version = _sections_version()
    if version is not None:
        cache.set(f"{SECTIONS_KEY}:{version}", sections, timeout=SECTIONS_TIMEOUT)
    return sections


def restricted_sections_changed() -> None:
    """Forget the cached sections now and once more when the transaction commits."""
    cache.set(SECTIONS_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(SECTIONS_VERSION_KEY, uuid.uuid4().hex, timeout=None))


def cached_private_q(queryset) -> Q:
    """`PageQuerySet.private_q` built from the cached sections: the same Q, without a query.

    Wagtail's own reads every PageViewRestriction with its page at each call.
    """
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    # Match no page when nothing is restricted (as Wagtail's does).
    return q if q else Q(pk__in=[])


def path_is_restricted(path: str) -> bool:
    """Whether a restricted section covers the page at `path` (as `.public()` sees it)."""
    return any(path.startswith(section) for section, _depth in restricted_sections())


def pages_public(pages: Iterable[Page]) -> list[Page]:
    """The pages no view restriction covers (neither their own nor an ancestor's), in order.

    For lists made of chosen pages rather than a queryset (a queryset calls
    `.public()`); decided on the pages' paths, as `.public()` does, without a query.
    """
    sections = [section for section, _depth in restricted_sections()]
    return [page for page in pages if not any(page.path.startswith(s) for s in sections)]


def is_restricted(page: Page) -> bool:
    """Whether a view restriction covers `page` (its own or an ancestor's)."""
    return page.get_view_restrictions().exists()


def view_restrictions_once(page: Page, lookup) -> QuerySet:
    """The page's view restrictions, looked up once per page object.

    Wagtail's serving hook iterates them, the feedback poll and survey pages
    ask whether there are any: the evaluated queryset answers all of them
    (`exists()` and iteration read its result cache). With no restriction
    anywhere, nothing is queried at all.

    Args:
        page: the page asked about.
        lookup: Wagtail's own `get_view_restrictions` of the page (it resolves aliases).
    """
    found = page.__dict__.get("_view_restrictions_once")
    if found is None:
        if restricted_sections():
            found = lookup()
            bool(found)  # evaluate now: later exists() and loops read the cache
        else:
            found = PageViewRestriction.objects.none()
        page.__dict__["_view_restrictions_once"] = found
    return found


# --- Signal receivers, connected in CoreConfig.ready() -----------------------


def on_sections_changed(sender, **kwargs):
    """A restriction saved or deleted, or a page moved: the cached sections are stale."""
    restricted_sections_changed()


def on_restriction_saved(sender, instance, created=False, raw=False, **kwargs):
    """A restriction added or changed on one language version: the same on the others."""
    if raw or is_syncing():
        return
    if created:
        restriction_adopt_groups(instance)
    restrictions_sync_to_translations(instance.page)


def _deleted_directly(origin) -> bool:
    """Whether a deletion started at restrictions, not at a page taking its own with it."""
    if isinstance(origin, PageViewRestriction):
        return True
    return isinstance(origin, QuerySet) and issubclass(origin.model, PageViewRestriction)


def on_restriction_deleted(sender, instance, origin=None, **kwargs):
    """A restriction removed from one language version: removed from the others.

    A page being deleted takes its restriction with it; its translations,
    which stay, keep theirs.
    """
    if is_syncing() or not _deleted_directly(origin):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        restrictions_sync_to_translations(page)


def on_restriction_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """The groups of a restriction changed: the same groups on the other language versions."""
    if is_syncing() or action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        restrictions_sync_to_translations(instance.page)
        return
    # Changed from the group's side: `pk_set` holds the restrictions.
    for restriction in PageViewRestriction.objects.filter(pk__in=pk_set or ()).select_related(
        "page"
    ):
        restrictions_sync_to_translations(restriction.page)


def on_copy_for_translation_done(sender, source_obj, target_obj, **kwargs):
    """A page translated (or its alias created): the translation gets the source's restriction."""
    if isinstance(source_obj, Page) and isinstance(target_obj, Page):
        restrictions_copy_to_translation(source_obj, target_obj)
