"""Put a Polish HomePage at the site root (the locales come from core).

Replaces the plain welcome page that Wagtail's own initial migration
creates, so that a fresh installation serves a real home page.
"""

import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def create_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("pages.HomePage")

    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    welcome = Page.objects.filter(content_type=page_type, depth=2, slug="home").first()
    if welcome is None:
        # Someone built a tree already: leave it alone.
        return
    path = welcome.path
    welcome.delete()

    home_type, _created = ContentType.objects.get_or_create(app_label="pages", model="homepage")
    home = HomePage.objects.create(
        title="Strona główna",
        draft_title="Strona główna",
        hero_heading="Decydujmy razem o naszym mieście",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=default_locale,
        translation_key=uuid.uuid4(),
        live=True,
    )
    # The public address (WAGTAILADMIN_BASE_URL) gives canonical links, Open
    # Graph URLs and the sitemap their host; editors can change it in
    # Settings → Sites later.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": address.hostname or "localhost",
            "port": address.port or (443 if address.scheme == "https" else 80),
            "root_page_id": home.pk,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("core", "0002_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home, migrations.RunPython.noop)]
