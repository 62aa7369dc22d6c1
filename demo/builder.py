"""Putting the demo site together: media, Polish pages, settings, then translations."""

from dataclasses import dataclass

from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Site

from campaigns.models import CampaignPage, EventIndexPage
from core.models import SiteSettings
from pages.models import HomePage, NewsIndexPage
from projects.models import PartnerIndexPage, ProjectIndexPage
from surveys.models import SurveyIndexPage

from . import content
from .collection import ensure_demo_collection
from .documents import ensure_documents
from .errors import DemoContentError
from .images import ensure_images
from .pages import ensure_pages, update_home
from .reset import reset_demo_content
from .sections import DemoContext
from .specs import References
from .texts import TranslationMemory, iter_texts
from .translations import translate_pages
from .users import AdminAccount, ensure_admin


@dataclass(frozen=True)
class BuildResult:
    """What a run did, for the command's summary."""

    admin: AdminAccount
    translations_created: int


def load_demo_content(*, report, debug, reset=False):
    """Build the demo content, skipping whatever already exists.

    Args:
        report: callable(message, verbosity=1) for progress messages.
        debug: settings.DEBUG; decides the new admin user's password.
        reset: delete the demo content first, then build it again.

    Raises:
        DemoContentError: the content cannot be built; nothing is saved then.
    """
    # Checked before touching the database: a translation gap fails fast.
    memory = build_translation_memory()
    # One transaction: a failure half-way leaves no half-built site behind.
    # Translated pages are copied with the Polish slug and renamed before
    # they are first published, so the redirects Wagtail creates for a
    # renamed page would lead from addresses that never existed.
    with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False), transaction.atomic():
        site, home = default_site_and_home()
        if reset:
            for section in reversed(content.SECTIONS):
                section.reset(report)
            home = reset_demo_content(home, report)
        admin = ensure_admin(debug=debug)
        user = admin.user
        collection = ensure_demo_collection()
        refs = References(
            images=ensure_images(content.IMAGES, collection, report),
            documents=ensure_documents(content.DOCUMENTS, collection, report),
        )
        pages = ensure_pages(home, content.TOP_LEVEL_PAGES, refs, user, report)
        context = DemoContext(home=home, refs=refs, user=user, report=report, memory=memory)
        for section in content.SECTIONS:
            report(f"Building the demo {section.name}…")
            pages += section.build(context)
        home = update_home(home, content.HOME, refs, user, report)
        fill_site_settings(site, content.SITE_SETTINGS, refs, report)
        fill_navigation(site, home, refs, report)
        created = translate_pages([home, *pages], memory, user, report)
    return BuildResult(admin=admin, translations_created=created)


def build_translation_memory():
    """Every translation the demo content holds: the foundation's and each section's."""
    memory = TranslationMemory(iter_texts(content.TRANSLATED_CONTENT))
    for section in content.SECTIONS:
        for text in section.texts():
            memory.add(text)
    return memory


def default_site_and_home():
    """The default site and its Polish home page, as pages/migrations/0002 set them up."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, HomePage):
        raise DemoContentError(
            "The default site has no HomePage at its root; run `manage.py migrate` first."
        )
    return site, site.root_page.specific


def fill_site_settings(site, spec, refs, report):
    """Fill the empty fields of the site's settings; values editors have set are kept."""
    report("Filling in the site settings…")
    settings = SiteSettings.for_site(site)
    values = {
        "office_name": spec.office_name,
        "office_name_en": spec.office_name_en,
        "office_name_uk": spec.office_name_uk,
        "address": spec.address,
        "phone": spec.phone,
        "email": spec.email,
        "facebook_url": spec.facebook_url,
        "instagram_url": spec.instagram_url,
        "youtube_url": spec.youtube_url,
        "accessibility_statement": refs.page(spec.accessibility_statement),
        "privacy_policy": refs.page(spec.privacy_policy),
    }
    empty = [name for name in values if not getattr(settings, name)]
    for name in empty:
        setattr(settings, name, values[name])
    if empty:
        settings.save(update_fields=empty)


# The main navigation, in this order: taking part first (projects, surveys,
# the district-council campaign and its events), then news, partners and the
# office's own pages. Page types, not slugs, so that renamed pages still match.
NAVIGATION_PAGE_TYPES = (
    ProjectIndexPage,
    SurveyIndexPage,
    CampaignPage,
    EventIndexPage,
    NewsIndexPage,
    PartnerIndexPage,
)
NAVIGATION_CONTENT_PAGES = ("get-involved", "about")


def navigation_pages(home, refs):
    """The Polish pages of the main navigation, in menu order (missing ones left out)."""
    descendants = home.get_descendants().live()
    pages = [descendants.type(page_type).first() for page_type in NAVIGATION_PAGE_TYPES]
    pages += [refs.pages.get(key) for key in NAVIGATION_CONTENT_PAGES]
    return [page for page in pages if page is not None]


def fill_navigation(site, home, refs, report):
    """Choose the main navigation in the site settings, unless editors already have."""
    settings = SiteSettings.for_site(site)
    if settings.navigation_page_ids():
        return
    report("Choosing the main navigation…")
    settings.navigation = [("page", page) for page in navigation_pages(home, refs)]
    settings.save(update_fields=["navigation"])
