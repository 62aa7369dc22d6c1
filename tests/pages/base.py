"""A translated page tree shared by the page-type tests."""

from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import ContentPage, HomePage, NewsIndexPage, NewsPage
from projects.models import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage
from tests.factories import (
    ContentPageFactory,
    ModeratorFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    publish_with_revision,
    site_home,
    translate_page,
)
from tests.projects.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
    add_partner,
    district,
)

LANGUAGES = ("pl", "en", "uk")
PAGE_TYPES = (
    "HomePage",
    "ContentPage",
    "NewsIndexPage",
    "NewsPage",
    "ProjectIndexPage",
    "ProjectPage",
    "PartnerIndexPage",
    "PartnerPage",
)


class LocalizedPageTestCase(WagtailPageTestCase):
    """Wagtail's page checks for a site whose languages live under /pl/, /en/ and /uk/."""

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


class TranslatedTreeTestCase(LocalizedPageTestCase):
    """Builds one page of each type in Polish and translates it into en and uk."""

    @classmethod
    def setUpTestData(cls):
        cls.publisher = ModeratorFactory(username="publisher")
        home = site_home("pl")
        content = ContentPageFactory(parent=home, title="O nas", slug="o-nas")
        news_index = NewsIndexPageFactory(parent=home)
        news = NewsPageFactory(parent=news_index, title="Głosowanie", slug="glosowanie")
        publish_with_revision(news, user=cls.publisher)
        partner_index = PartnerIndexPageFactory(parent=home)
        partner = PartnerPageFactory(parent=partner_index, title="Fundacja Dialog", slug="dialog")
        project_index = ProjectIndexPageFactory(parent=home)
        project = ProjectPageFactory(
            parent=project_index,
            title="Podgórska przestrzeń dialogu",
            slug="podgorska-przestrzen",
            districts=[district("podgorze")],
            topics=[TopicFactory(name="Dialog")],
        )
        add_partner(project, partner, role="leader")
        cls.pages = {}
        polish_pages = (
            home,
            content,
            news_index,
            news,
            partner_index,
            partner,
            project_index,
            project,
        )
        for polish_page in polish_pages:
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
            pinned_items=inline_formset([]),
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
    elif isinstance(page, ProjectIndexPage | PartnerIndexPage):
        fields.update(intro=page.intro)
    elif isinstance(page, ProjectPage):
        fields.update(
            lead=page.lead,
            start_month=page.start_month.isoformat() if page.start_month else "",
            end_month=page.end_month.isoformat() if page.end_month else "",
            declared_status=page.declared_status,
            districts=[district.pk for district in page.districts.all()],
            topics=[topic.pk for topic in page.topics.all()],
            goals=streamfield([("goal", "Wzmacniać współpracę w dzielnicy")]),
            body=streamfield([]),
            activities=streamfield(
                [
                    (
                        "activity",
                        {
                            "title": "Forum dialogu",
                            "description": rich_text("<p>Debaty i warsztaty.</p>"),
                            "start_date": "",
                            "end_date": "",
                        },
                    )
                ]
            ),
            project_partners=inline_formset(
                [
                    {"id": link.pk, "partner": link.partner_id, "role": link.role}
                    for link in page.project_partners.all()
                ]
            ),
            funding_note=page.funding_note,
            budget="" if page.budget is None else str(page.budget),
            contact_name=page.contact_name,
            contact_role=page.contact_role,
            contact_email=page.contact_email,
            contact_phone=page.contact_phone,
            documents=streamfield([]),
            related_pages=inline_formset([]),
        )
    elif isinstance(page, PartnerPage):
        fields.update(
            organisation_type=page.organisation_type,
            description=rich_text(page.description),
            website=page.website,
            city=page.city,
            country=page.country,
            contact_email=page.contact_email,
            contact_phone=page.contact_phone,
        )
    fields.update(overrides)
    return nested_form_data(fields)
