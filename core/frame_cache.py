"""The site frame (menu, footer, home pages per language) built once per site and language.

Every page shows the same header and footer, so they are built from a
handful of queries into a small picklable `Frame`, kept in the Django cache
per site and language, and dropped when a page is published, unpublished,
moved or deleted, when a view restriction changes, and when the site
settings or a Site are saved. A warm frame costs no query; what depends on
the page being shown (its translations for the language switcher and the
hreflang links) is kept in the cache under the frame's `token`, so it goes
with the frame (`page_translations`).

The request's Site is found in memory too: Wagtail reads the Sites by
hostname on every request (`get_site_for_hostname`); here every Site, with
its root page, is kept in the cache with the frames and dropped with them
(`find_site_for_request`, installed by `connect_signals()`), so a page costs
no Site query.

The handlers are connected by `connect_signals()`, called from
`CoreConfig.ready()`, so that every process (the admin's too) drops the
frame, whether or not it has rendered a page yet. Dropping waits for the
transaction to commit: a request rebuilding the frame earlier would still
see the old menu and keep it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import translations
from core.models.pages import route_path, routes_to_children
from core.models.site_settings import SiteSettings

# Dropped on every change below; the timeout only bounds what a missed
# signal (a change made with raw SQL) could leave behind.
FRAME_TIMEOUT = 60 * 60 * 6
KEY_PREFIX = "site-frame:v1"
SITES_KEY = f"{KEY_PREFIX}:sites"


@dataclass(frozen=True)
class Link:
    """A page as the frame shows it: title, address and place in the tree."""

    title: str
    url: str
    path: str = ""
    language: str = ""


@dataclass
class Frame:
    """What the header and footer show in one language of one site."""

    language: str
    locale_id: int | None
    home: Link | None
    # Live home pages by language code: where the language switcher sends a
    # reader of a page that has no translation in that language.
    home_urls: dict[str, str] = field(default_factory=dict)
    navigation: list[Link] = field(default_factory=list)
    office_name: str = ""
    office_name_language: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    social_links: list[tuple[str, str]] = field(default_factory=list)
    accessibility_statement: Link | None = None
    privacy_policy: Link | None = None
    # New with every frame built: pages' translations are cached under it
    # (page_translations), so dropping the frame drops them too.
    token: str = ""


def frame_key(site_id: int, language: str) -> str:
    return f"{KEY_PREFIX}:{site_id}:{language}"


def get_frame(request: HttpRequest) -> Frame | None:
    """The frame of the request's site in the active language, from the cache or built now.

    Kept on the request too, so the header, footer and head share one lookup.
    """
    language = get_language() or settings.LANGUAGE_CODE
    memo = request.__dict__.setdefault("_site_frame", {})
    if language in memo:
        return memo[language]
    site = Site.find_for_request(request)
    if site is None:
        memo[language] = None
        return None
    key = frame_key(site.pk, language)
    frame = cache.get(key)
    if frame is None:
        frame = build_frame(request, site, language)
        cache.set(key, frame, FRAME_TIMEOUT)
    memo[language] = frame
    return frame


def _link(page: Page, request: HttpRequest) -> Link | None:
    url = page.get_url(request)
    if url is None:
        return None
    return Link(title=page.title, url=url, path=page.path, language=page.locale.language_code)


def _chosen_pages(page_ids: list[int], locale_id: int | None) -> dict[int, Page]:
    """Each chosen id's live, public page in the locale (else the chosen page), in one query.

    Returns:
        {chosen id: page}; ids whose page is not live or not public are left out.
    """
    if not page_ids:
        return {}
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = list(
        Page.objects.live()
        .public()
        .filter(Q(pk__in=page_ids) | Q(locale_id=locale_id, translation_key__in=keys))
        .select_related("locale")
        .only("id", "title", "path", "depth", "url_path", "translation_key", "locale", "live")
    )
    by_id = {page.pk: page for page in pages}
    by_key = {page.translation_key: page for page in pages if page.locale_id == locale_id}
    return {
        page_id: by_key.get(by_id[page_id].translation_key, by_id[page_id])
        for page_id in page_ids
        if page_id in by_id
    }


def build_frame(request: HttpRequest, site: Site, language: str) -> Frame:
    """Build the frame from the database: about five queries, however long the menu.

    Args:
        request: gives page URLs relative to the request's site.
        site: the Wagtail Site whose frame this is.
        language: a language code of settings.LANGUAGES.
    """
    homes = {
        home.locale.language_code: home
        for home in Page.objects.live()
        .filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
        )
        .select_related("locale")
    }
    home = homes.get(language) or homes.get(settings.LANGUAGE_CODE)
    # No home page in this language yet: the menu shows the Polish pages.
    locale_id = homes[language].locale_id if language in homes else None
    site_settings = SiteSettings.for_site(site)

    chosen_ids = site_settings.navigation_page_ids()
    if chosen_ids:
        menu_pages = list(_chosen_pages(chosen_ids, locale_id).values())
    elif home is not None:
        menu_pages = list(home.get_children().live().public().in_menu().select_related("locale"))
    else:
        menu_pages = []
    policy_fields = ("accessibility_statement", "privacy_policy")
    policy_ids = [getattr(site_settings, f"{name}_id") for name in policy_fields]
    policies = _chosen_pages([page_id for page_id in policy_ids if page_id], locale_id)
    policy_links = {
        name: _link(policies[page_id], request) if page_id in policies else None
        for name, page_id in zip(policy_fields, policy_ids, strict=True)
    }

    office_name, office_name_language = site_settings.office_name_in(language)
    return Frame(
        language=language,
        locale_id=locale_id,
        home=_link(home, request) if home is not None else None,
        home_urls={
            code: url for code, page in homes.items() if (url := page.get_url(request)) is not None
        },
        navigation=[link for page in menu_pages if (link := _link(page, request)) is not None],
        office_name=office_name,
        office_name_language=office_name_language,
        address=site_settings.address,
        phone=site_settings.phone,
        email=site_settings.email,
        social_links=site_settings.social_links(),
        accessibility_statement=policy_links["accessibility_statement"],
        privacy_policy=policy_links["privacy_policy"],
        token=uuid.uuid4().hex,
    )


def page_translations(request: HttpRequest, page) -> dict[str, Page]:
    """The page's live, public translations (itself included) by language code.

    The language switcher and the hreflang links in <head> share the result.
    Kept in the cache under the frame's token: everything that changes them
    (publishing, unpublishing, moving or deleting a page, a restriction)
    drops the frame, and with it its token. One query when not cached.
    """
    if not isinstance(page, Page) or not page.pk:
        return {}
    memo = request.__dict__.setdefault("_page_translations", {})
    if page.pk not in memo:
        frame = get_frame(request)
        token = getattr(frame, "token", "")
        key = f"{KEY_PREFIX}:translations:{token}:{page.translation_key}" if token else None
        translations = cache.get(key) if key else None
        if translations is None:
            translations = {
                translation.locale.language_code: translation
                for translation in Page.objects.live()
                .public()
                .filter(translation_key=page.translation_key)
                .select_related("locale")
                .only("id", "path", "depth", "url_path", "translation_key", "locale", "live")
            }
            if key:
                cache.set(key, translations, FRAME_TIMEOUT)
        memo[page.pk] = translations
    return memo[page.pk]


# --- The request's Site, without a query ----------------------------------------------


def cached_sites() -> list[Site]:
    """Every Site with its root page, from the cache (one query when it has none).

    The root page is what routing starts from (`site.root_page.localized`,
    which reads its id, locale, translation key and live flag and then its
    specific page afresh); publishing, moving or deleting a page drops it
    with the frames, saving a draft changes nothing it uses.
    """
    sites = cache.get(SITES_KEY)
    if sites is None:
        sites = list(Site.objects.select_related("root_page"))
        # The root pages' translations, for routing a request in another language.
        translations = {}
        for page in Page.objects.filter(
            translation_key__in=[site.root_page.translation_key for site in sites]
        ):
            translations.setdefault(page.translation_key, {})[page.locale_id] = page
        for site in sites:
            site.root_translations = translations.get(site.root_page.translation_key, {})
        cache.set(SITES_KEY, sites, FRAME_TIMEOUT)
    return sites


def site_for_hostname(hostname: str, port) -> Site | None:
    """Wagtail's `get_site_for_hostname`, decided over the cached Sites; None for no match.

    The same order: hostname and port, then the hostname of the default
    site, then the default site unless exactly one other site has the
    hostname (on another port).
    """
    ranked = []
    for site in cached_sites():
        if site.hostname == hostname and str(site.port) == str(port):
            ranked.append((0, site))
        elif site.hostname == hostname and site.is_default_site:
            ranked.append((1, site))
        elif site.is_default_site:
            ranked.append((2, site))
        elif site.hostname == hostname:
            ranked.append((3, site))
    ranked.sort(key=lambda item: item[0])
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][0] in (0, 1):
        return ranked[0][1]
    if ranked[0][0] == 2:
        return ranked[len(ranked) == 2][1]
    return None  # several sites of the hostname on other ports and no default


def find_site_for_request(request: HttpRequest) -> Site | None:
    """Replaces `Site._find_for_request`: the request's Site from the cached list."""
    # As Wagtail: the raw host, not checked against ALLOWED_HOSTS here.
    hostname = split_domain_port(request._get_raw_host())[0]
    return site_for_hostname(hostname, request.get_port())


def localized_root(site: Site) -> Page:
    """`site.root_page.localized` from the cached translations: the live home page of the language.

    Wagtail's asks the database for the translation on every request in a
    language other than the root page's.
    """
    root = site.root_page
    translations = getattr(site, "root_translations", None)
    if translations is None:
        return root.localized
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return root
    translation = translations.get(locale.id)
    return translation if translation is not None and translation.live else root


def route_for_request(request: HttpRequest, path: str):
    """Replaces `Page.route_for_request`: Wagtail's, starting from `localized_root`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        route = None
        site = Site.find_for_request(request)
        if site is not None:
            components = [component for component in path.split("/") if component]
            root = localized_root(site)
            try:
                # Below the home page, the path's pages are read in one query without
                # reading the home page's specific page first (unless it routes itself).
                if components and routes_to_children(root, components):
                    route = route_path(root, request, components)
                else:
                    route = root.specific.route(request, components)
            except Http404:
                pass
        request._wagtail_route_for_request = route
    return request._wagtail_route_for_request


# --- Invalidation --------------------------------------------------------------------


def forget_frames() -> None:
    """Drop every site's frame in every language, now."""
    keys = [
        frame_key(site_id, code)
        for site_id in Site.objects.values_list("pk", flat=True)
        for code, _name in settings.LANGUAGES
    ]
    cache.delete_many([*keys, SITES_KEY])


def forget_frames_after_commit(*args, **kwargs) -> None:
    """Signal handler: drop the frames once the change is committed (now outside a transaction)."""
    if kwargs.get("raw"):
        return  # Fixtures being loaded: no frame is cached from them yet.
    transaction.on_commit(forget_frames, robust=True)


def forget_sites(*args, **kwargs) -> None:
    """Signal handler: a Site or page changed; drop Sites and frames at once and after the commit.

    At once as well, because the rest of the transaction (a test, a command
    adding a site or translating a page) reads them through the cache.
    """
    if kwargs.get("raw"):
        return
    forget_frames()  # the Sites, and the frames with the pages' translations
    forget_frames_after_commit(*args, **kwargs)


def connect_signals() -> None:
    """Connect the handlers that drop the frames; called once from CoreConfig.ready().

    Also routes Wagtail's Site lookup and the start of its routing (the
    home page in the request's language) through the cached Sites, and drops
    the cached Locales (core.translations) whenever a Locale changes.
    """
    Site._find_for_request = staticmethod(find_site_for_request)
    Page.route_for_request = staticmethod(route_for_request)
    for signal in (post_save, post_delete):
        signal.connect(
            translations.forget_locales,
            sender=Locale,
            dispatch_uid=f"core.translations.locales_{signal is post_save}",
        )
    # Publishing, unpublishing, moving or deleting a page may change a home page.
    page_published.connect(forget_sites, dispatch_uid="core.frame_cache.published")
    page_unpublished.connect(forget_sites, dispatch_uid="core.frame_cache.unpublished")
    post_page_move.connect(forget_sites, dispatch_uid="core.frame_cache.moved")
    for model in (Page, PageViewRestriction, SiteSettings, Site, Locale):
        label = model._meta.label_lower
        post_delete.connect(
            forget_sites if model in (Page, Site) else forget_frames_after_commit,
            sender=model,
            dispatch_uid=f"frame.{label}.deleted",
        )
    # Saving a Page without publishing changes nothing live; the rest show on every page.
    for model in (PageViewRestriction, SiteSettings, Site, Locale):
        label = model._meta.label_lower
        post_save.connect(
            forget_sites if model is Site else forget_frames_after_commit,
            sender=model,
            dispatch_uid=f"frame.{label}.saved",
        )
