"""Factories for test data: pages, images and users, built the way editors build them."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale, Page, Site

from pages.models import ContentPage, HomePage, NewsIndexPage, NewsPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Alina"
    last_name = "Bratko"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class ModeratorFactory(UserFactory):
    """A member of the Moderators group the data migration sets up: may publish."""

    @factory.post_generation
    def moderators_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name="Moderators"))


class EditorFactory(UserFactory):
    """A member of the Editors group: may edit and submit for moderation, not publish."""

    @factory.post_generation
    def editors_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name="Editors"))


class SuperUserFactory(UserFactory):
    is_staff = True
    is_superuser = True


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Residents talking at a round table"


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Strona główna"
    slug = "home"
    hero_heading = "Decydujmy razem"
    hero_text = "Portal partycypacji mieszkańców."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    lead = "Krótki wstęp do strony."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = ContentPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "aktualnosci"
    intro = "Wiadomości z biura."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    date = factory.LazyFunction(datetime.date.today)
    lead = "Zapraszamy mieszkańców na spotkanie w sprawie budżetu."
    publishing_unit = "Biuro ds. Partycypacji Społecznej"

    class Meta:
        model = NewsPage


def site_home(language_code="pl"):
    """The migrated site's home page in one language."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if language_code == home.locale.language_code:
        return home
    return home.get_translation(Locale.objects.get(language_code=language_code)).specific


def translate_page(page, language_code):
    """Create a translation of `page` the way wagtail-localize's editor does.

    Parents are translated first where needed; the translation is
    published with the source text, like a freshly synced translation.
    """
    from wagtail_localize.operations import translate_object

    locale = Locale.objects.get(language_code=language_code)
    # wagtail-localize publishes translations in transaction.on_commit; a
    # test runs inside a transaction that never commits, so run them here.
    # One block per page, like one request per page in the admin: a parent's
    # translation is published before its children are translated under it.
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(locale):
            with TestCase.captureOnCommitCallbacks(execute=True):
                translate_object(ancestor, [locale])
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(page.specific, [locale])
    return page.get_translation(locale).specific


def publish_with_revision(page, user=None):
    """Save and publish a revision, so that publication records have a history."""
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    return Page.objects.get(pk=page.pk).specific
