"""The oEmbed provider against the 1.0 specification, and its discovery tags."""

import json
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import PageViewRestriction

from tests.campaigns.factories import CampaignPageFactory, EventPageFactory
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def oembed(client, url, **params):
    return client.get("/pl/widgets/oembed/", {"url": url, **params})


def full(page):
    return "http://testserver" + page.url


def test_rich_response_with_every_required_field(client, survey):
    response = oembed(client, full(survey), format="json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == survey.title
    for name in ("provider_name", "provider_url", "cache_age", "html"):
        assert data[name]
    assert (data["width"], data["height"]) == (600, 640)
    assert f'src="http://testserver/pl/widgets/survey/{survey.pk}/"' in data["html"]
    assert 'title="Park"' in data["html"]


def test_maxwidth_and_maxheight_honoured(client, survey):
    data = json.loads(oembed(client, full(survey), maxwidth="300", maxheight="200").content)
    assert data["width"] <= 300 and data["height"] <= 200
    assert 'width="300"' in data["html"] and 'height="200"' in data["html"]
    assert oembed(client, full(survey), maxwidth="-5").status_code == 400


def test_other_formats_501(client, survey):
    assert oembed(client, full(survey), format="xml").status_code == 501
    assert oembed(client, full(survey), format="yaml").status_code == 501


def test_not_embeddable_404(client, survey, home_pl):
    content = ContentPageFactory(parent=home_pl)
    assert oembed(client, full(content)).status_code == 404  # not a widget page type
    assert oembed(client, "https://elsewhere.example/pl/ankiety/").status_code == 404
    assert oembed(client, "http://testserver/pl/no-such-page/").status_code == 404
    assert oembed(client, "").status_code == 404
    url = full(survey)
    PageViewRestriction.objects.create(page=survey, restriction_type="password", password="x")
    assert oembed(client, url).status_code == 404
    PageViewRestriction.objects.all().delete()
    survey.unpublish()
    assert oembed(client, url).status_code == 404


def test_discovery_tag_on_survey_not_on_other_pages(client, survey, home_pl):
    html = client.get(survey.url).content.decode()
    start = html.index('type="application/json+oembed"')
    tag = html[html.rindex("<link", 0, start) : html.index(">", start)]
    href = unescape(tag.split('href="')[1].split('"')[0])
    assert urlsplit(href).path == "/pl/widgets/oembed/"
    assert parse_qs(urlsplit(href).query)["url"] == [full(survey)]
    assert "json+oembed" not in client.get(home_pl.url).content.decode()


def test_event_and_partner_pages_embed_as_lists(client, home_pl, partner):
    campaign = CampaignPageFactory(parent=home_pl)
    event = EventPageFactory(parent=campaign)
    data = json.loads(oembed(client, full(event)).content)
    assert f"/pl/widgets/events/?campaign={campaign.pk}" in unescape(data["html"])
    data = json.loads(oembed(client, full(partner)).content)
    assert f"/pl/widgets/projects/?partner={partner.pk}" in unescape(data["html"])
