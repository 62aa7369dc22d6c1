"""Removing the demo content, back to the tree the migrations leave behind."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from pages.models import HomePage

from .collection import find_demo_collection

# The values pages/migrations/0002_initial_tree.py gives the Polish home page.
MIGRATION_HOME_TITLE = "Strona główna"
MIGRATION_HERO_HEADING = "Decydujmy razem o naszym mieście"


def reset_demo_content(home, report):
    """Delete the demo pages, translations and media; return the emptied Polish home page.

    Deleting a page makes wagtail-localize delete its translation records
    (sources, segments, string translations) once no translation is left,
    so the rebuilt content starts from the same state as a first run.
    """
    report("Deleting the demo pages and translations…")
    # The other languages' home pages take their whole subtrees with them.
    for translated_home in home.get_translations():
        translated_home.delete()
    for child in home.get_children():
        child.delete()
    _delete_demo_media(report)
    return _empty_home(HomePage.objects.get(pk=home.pk))


def _delete_demo_media(report):
    collection = find_demo_collection()
    if collection is None:
        return
    report("Deleting the demo images and documents…")
    # One by one, so that Wagtail's signal handlers remove the files as well.
    for model in (get_image_model(), get_document_model()):
        for item in model.objects.filter(collection=collection):
            item.delete()


def _empty_home(home):
    """Give the home page its migration values back, history included.

    The revisions go too: they hold the demo content, and a rebuilt home
    page must publish its first revision again (see pages.update_home).
    """
    home.revisions.all().delete()
    home.featured_items.all().delete()
    home.title = home.draft_title = MIGRATION_HOME_TITLE
    home.hero_heading = MIGRATION_HERO_HEADING
    home.hero_text = home.hero_link_label = home.featured_heading = ""
    home.seo_title = home.search_description = ""
    home.hero_image = home.hero_link_page = home.social_image = None
    home.latest_revision = home.live_revision = None
    home.latest_revision_created_at = None
    home.first_published_at = home.last_published_at = None
    home.has_unpublished_changes = False
    home.live = True
    home.save()
    return HomePage.objects.get(pk=home.pk)
