"""Upcoming and past events, councillors in order, flat query counts and bad input."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns.models import EventPage
from tests.factories import ImageFactory, NewsPageFactory
from tests.queries import query_count

from .factories import (
    CampaignPageFactory,
    CouncillorFactory,
    DistrictCouncilPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    add_people,
    district,
)

pytestmark = pytest.mark.django_db


def add_councillors(count):
    for _ in range(count):
        CouncillorFactory(image=ImageFactory())


def add_events(parent, count):
    now = timezone.now()
    for number in range(count):
        offset = datetime.timedelta(days=number + 1)
        for start in (now + offset, now - offset):  # one upcoming, one past
            event = EventPageFactory(
                parent=parent, start=start, end=start + datetime.timedelta(hours=1)
            )
            add_people(event, speakers=[("Jan Nowak", "UMK")])


def test_upcoming_and_past_are_split_by_the_end_and_ordered(home_pl):
    index = EventIndexPageFactory(parent=home_pl)
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    ongoing = EventPageFactory(parent=index, start=now - hour, end=now + hour)
    later = EventPageFactory(parent=index, start=now + 5 * hour, end=now + 6 * hour)
    ended = EventPageFactory(parent=index, start=now - 3 * hour, end=now - 2 * hour)
    older = EventPageFactory(parent=index, start=now - 9 * hour, end=now - 8 * hour)
    EventPageFactory(parent=index, live=False)

    events = EventPage.objects.shown_below(index)
    assert list(events.upcoming(now=now)) == [ongoing, later]
    assert list(events.past(now=now)) == [ended, older]


def test_council_page_lists_the_districts_councillors_in_order(client, home_pl):
    page = DistrictCouncilPageFactory(parent=home_pl)
    second = CouncillorFactory(name="Beata Druga", sort_order=2)
    first = CouncillorFactory(name="Adam Pierwszy", sort_order=1, role="chair")
    CouncillorFactory(name="Inna Dzielnica", district=district(7))

    html = client.get(page.url).content.decode()

    assert html.index(first.name) < html.index(second.name)
    assert "Inna Dzielnica" not in html
    assert "Przewodnicząca/przewodniczący rady" in html  # the role, in the page language


def test_a_councillors_photo_is_described_unless_decorative(client, home_pl):
    page = DistrictCouncilPageFactory(parent=home_pl)
    undescribed = CouncillorFactory.build(image=ImageFactory(description=""))
    with pytest.raises(ValidationError) as error:
        undescribed.full_clean()
    assert "image_alt_text" in error.value.message_dict
    described = CouncillorFactory(image=ImageFactory(), image_alt_text="Radna przed siedzibą")
    decorative = CouncillorFactory(image=ImageFactory(description=""), image_is_decorative=True)
    decorative.full_clean()

    html = client.get(page.url).content.decode()

    for councillor, alt in ((described, "Radna przed siedzibą"), (decorative, "")):
        src = re.escape(councillor.image.get_rendition("fill-240x240").url)
        (tag,) = re.findall(rf'<img[^>]*src="{src}"[^>]*>', html)
        assert f'alt="{alt}"' in tag


@pytest.mark.parametrize("kind", ["campaign", "council", "index", "past", "calendar"])
def test_query_counts_stay_flat_from_5_to_50_items(client, home_pl, kind):
    campaign = CampaignPageFactory(parent=home_pl)
    council = DistrictCouncilPageFactory(parent=campaign)
    index = EventIndexPageFactory(parent=campaign)
    url = {
        "campaign": campaign.url,
        "council": council.url,
        "index": index.url,
        "past": index.url + "past/",
        "calendar": index.url + "calendar/",
    }[kind]
    index.items_per_page = 100
    add_councillors(5)
    add_events(index, 5)
    few = query_count(client, url)
    add_councillors(45)
    add_events(index, 45)
    many = query_count(client, url)
    assert few == many


@pytest.mark.parametrize(
    "query",
    ["page=999", "page=-1", "page=0", "page=abc", "page=" + "9" * 2000, "page=" + "x" * 2000],
)
def test_bad_page_numbers_are_not_found(client, home_pl, query):
    index = EventIndexPageFactory(parent=home_pl)
    EventPageFactory(parent=index)
    for path in (index.url, index.url + "past/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 404, path


def test_unknown_parameters_are_ignored(client, home_pl):
    campaign = CampaignPageFactory(parent=home_pl)
    for path in (campaign.url, campaign.url + "?district=" + "x" * 2000, campaign.url + "?page=-1"):
        assert client.get(path).status_code == 200


def test_unknown_sub_path_is_not_found(client, home_pl):
    index = EventIndexPageFactory(parent=home_pl)
    assert client.get(index.url + "future/").status_code == 404
    assert client.get(index.url + "calendar/extra/").status_code == 404


def test_a_past_event_links_to_its_record_and_recording_only_once_it_took_place(
    client, home_pl, django_capture_on_commit_callbacks
):
    index = EventIndexPageFactory(parent=home_pl)
    report = NewsPageFactory(parent=home_pl, title="Relacja z debaty", slug="relacja")
    start = timezone.now() - datetime.timedelta(days=3)
    past = EventPageFactory(
        parent=index,
        start=start,
        end=start + datetime.timedelta(hours=2),
        record_page=report,
        recording_url="https://video.example.org/debata",
    )
    upcoming = EventPageFactory(
        parent=index, record_page=report, recording_url="https://video.example.org/debata"
    )

    html = client.get(past.url).content.decode()
    assert f'<a href="{report.url}">Przeczytaj relację i wyniki</a>' in html
    assert '<a href="https://video.example.org/debata">' in html
    upcoming_html = client.get(upcoming.url).content.decode()
    assert report.url not in upcoming_html
    assert "video.example.org" not in upcoming_html

    # Unpublishing the record purges the cached event page that links to it (core.purge).
    with django_capture_on_commit_callbacks(execute=True):
        report.unpublish()
    assert report.url not in client.get(past.url).content.decode()
