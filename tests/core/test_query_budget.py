"""Every page type is built in a small, fixed number of SQL queries (issue #12).

Each page is counted uncached (tests/queries.py turns the whole-page cache
off) after one warming request, as a page is built behind a warm site frame:
at a few items and at many, the count must be the same and within the budget.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from campaigns.models import EventIndexPage
from tests.campaigns.factories import (
    CampaignPageFactory,
    CouncillorFactory,
    DistrictCouncilPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)
from tests.factories import (
    ContentPageFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
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
from tests.queries import queries_of, query_count
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory

pytestmark = pytest.mark.django_db

# The target is ten queries a page once the frame is cached. What every
# page below the home page costs before its own content: routing, the pages of
# the path in one query and the last one's specific page (core.models.pages.
# route_path): 2. The Site, the Locale, the home page routing starts from and
# the language switcher's translations come from the cache (core.frame_cache,
# core.translations), the breadcrumbs from the pages routing read. A listing
# adds its count, its items, their images, renditions, districts and topics:
# 8 at most (the home page and the project index).
BUDGET = 8


def _check(client, url, grow):
    few = query_count(client, url)
    grow()
    many = query_count(client, url)
    assert few == many, f"{url}: {few} queries with few items, {many} with many"
    assert many <= BUDGET, f"{url}: {many} queries:\n" + "\n".join(
        sql[:260] for sql in queries_of(client, url)
    )
    return many


def test_the_count_is_of_a_page_built_not_of_a_cache_hit(client, home_pl):
    page = ContentPageFactory(parent=home_pl)
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    assert query_count(client, page.url) > 0


def test_news_index_and_news_page(client, home_pl):
    index = NewsIndexPageFactory(parent=home_pl)
    news = NewsPageFactory(parent=index, image=ImageFactory())
    _check(client, index.url, lambda: [NewsPageFactory(parent=index) for _ in range(15)])
    _check(client, news.url, lambda: None)


def test_home_pages_and_a_page_in_another_language(client, homes):
    page = ContentPageFactory(parent=homes["pl"])
    page_en = translate_page(page, "en")
    for url in ("/pl/", "/en/", "/uk/"):
        _check(client, url, lambda: None)
    # The English home page routing starts from comes from the cache, as the Polish one.
    assert query_count(client, page_en.url) == query_count(client, page.url)


def test_content_page(client, home_pl):
    page = ContentPageFactory(parent=home_pl)
    _check(client, page.url, lambda: [ContentPageFactory(parent=page) for _ in range(5)])


def _projects(index, count, image=None):
    topic = TopicFactory()
    return [
        ProjectPageFactory(
            parent=index,
            image=image,
            districts=[district("podgorze"), district("krowodrza")],
            topics=[topic],
        )
        for _ in range(count)
    ]


def test_project_index_and_project_page(client, home_pl):
    index = ProjectIndexPageFactory(parent=home_pl)
    partners = PartnerIndexPageFactory(parent=home_pl)
    project = _projects(index, 1, ImageFactory())[0]

    def add_partners(count):
        for _ in range(count):
            add_partner(project, PartnerPageFactory(parent=partners, logo=ImageFactory()), "funder")

    add_partners(2)
    _check(client, index.url, lambda: _projects(index, 20, ImageFactory()))
    _check(client, index.url + "?district=podgorze&status=completed", lambda: None)
    _check(client, project.url, lambda: add_partners(10))


def test_partner_index_and_partner_page(client, home_pl):
    index = PartnerIndexPageFactory(parent=home_pl)
    projects = ProjectIndexPageFactory(parent=home_pl)
    partner = PartnerPageFactory(parent=index, logo=ImageFactory())

    def link(count):
        for project in _projects(projects, count):
            add_partner(project, partner)

    link(2)
    _check(
        client,
        index.url,
        lambda: [PartnerPageFactory(parent=index, logo=ImageFactory()) for _ in range(15)],
    )
    _check(client, partner.url, lambda: link(15))


def test_campaign_council_events(client, home_pl):
    campaign = CampaignPageFactory(parent=home_pl)
    council = DistrictCouncilPageFactory(parent=campaign)
    events = EventIndexPageFactory(parent=campaign)
    event = EventPageFactory(parent=events)

    def grow():
        for _ in range(10):
            CouncillorFactory()
            EventPageFactory(parent=events)

    grow_once = [grow]

    def grow_first_time():
        while grow_once:
            grow_once.pop()()

    for url in (campaign.url, council.url, events.url, event.url):
        _check(client, url, grow_first_time)
    assert EventIndexPage.objects.count() == 1


def test_survey_index_and_survey_page(client, home_pl):
    index = SurveyIndexPageFactory(parent=home_pl)
    survey = SurveyPageFactory(parent=index)
    _check(client, index.url, lambda: [SurveyPageFactory(parent=index) for _ in range(10)])
    _check(client, survey.url, lambda: None)


def test_a_restricted_page_costs_no_more(home_pl):
    # Signed-in editors see restricted pages; the restriction is looked up once.
    page = ContentPageFactory(parent=home_pl)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    client = Client()
    response = client.get(page.url)
    assert response.status_code == 302
