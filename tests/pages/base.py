"""A translated page tree shared by the page-type tests."""

from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import ContentPage, HomePage, NewsIndexPage, NewsPage
from tests.factories import (
    ContentPageFactory,
    ModeratorFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    publish_with_revision,
    site_home,
    translate_page,
)

LANGUAGES = ("pl", "en", "uk")
PAGE_TYPES = ("HomePage", "ContentPage", "NewsIndexPage", "NewsPage")


class TranslatedTreeTestCase(WagtailPageTestCase):
    """Builds one page of each type in Polish and translates it into en and uk."""

    @classmethod
    def setUpTestData(cls):
        cls.publisher = ModeratorFactory(username="publisher")
        home = site_home("pl")
        content = ContentPageFactory(parent=home, title="O nas", slug="o-nas")
        news_index = NewsIndexPageFactory(parent=home)
        news = NewsPageFactory(parent=news_index, title="Głosowanie", slug="glosowanie")
        publish_with_revision(news, user=cls.publisher)
        cls.pages = {}
        for polish_page in (home, content, news_index, news):
            type_name = type(polish_page).__name__
            cls.pages[type_name] = {"pl": Page.objects.get(pk=polish_page.pk).specific}
            for language in ("en", "uk"):
                translate_page(polish_page, language)
        # Reload everything: translating children changes the parents' tree
        # fields (numchild), which stale instances would get wrong.
        for type_name, by_language in cls.pages.items():
            source = by_language["pl"]
            for translated in source.get_translations(inclusive=True).specific():
                cls.pages[type_name][translated.locale.language_code] = translated

    def assertPageIsRoutable(self, page, route_path="/", msg=None):
        """Route like Wagtail's serve view does behind an i18n_patterns prefix.

        Wagtail's own helper routes the full path, language prefix included,
        from the site root, which can only fail on a site with /pl/, /en/, /uk/.
        """
        language = page.locale.language_code
        with translation.override(language):
            path = page.get_url(self.dummy_request)
            prefix = f"/{language}/"
            self.assertTrue(path.startswith(prefix), msg or path)
            components = [part for part in path[len(prefix) :].split("/") if part]
            site_root = page.get_site().root_page.localized.specific
            routed_page, _args, _kwargs = site_root.route(self.dummy_request, components)
        self.assertEqual(routed_page.pk, page.pk, msg)


def edit_form_data(page, **overrides):
    """POST data of the page's admin edit form, as the browser would send it.

    Wagtail renders StreamFields and inline panels with JavaScript, so the
    data cannot be scraped from the HTML; it is built with Wagtail's
    form_data helpers instead.
    """
    fields = {"title": page.title, "slug": page.slug}
    if isinstance(page, HomePage):
        fields.update(
            hero_heading=page.hero_heading,
            hero_text=page.hero_text,
            hero_link_label=page.hero_link_label,
            featured_heading=page.featured_heading,
            featured_items=inline_formset([]),
        )
    elif isinstance(page, ContentPage):
        fields.update(
            lead=page.lead,
            body=streamfield([("paragraph", rich_text("<p>Treść strony.</p>"))]),
        )
    elif isinstance(page, NewsIndexPage):
        fields.update(intro=page.intro)
    elif isinstance(page, NewsPage):
        fields.update(
            date=page.date.isoformat(),
            lead=page.lead,
            body=streamfield([]),
            publishing_unit=page.publishing_unit,
        )
    fields.update(overrides)
    return nested_form_data(fields)
