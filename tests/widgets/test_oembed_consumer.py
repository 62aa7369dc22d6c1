"""A partner's Wagtail embeds a pasted portal address with its own oEmbed finder, over HTTP.

The portal runs in a live server thread on committed data (the pattern of
tests/deploy/conftest.py); the finder is Wagtail's OEmbedFinder configured
with the portal's endpoint, exactly as a partner would configure it.
"""

import re

import pytest
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder

from tests.deploy.conftest import (  # noqa: F401  (fixtures)
    committed_db,
    deploy_test_database,
    live_server,
)
from tests.factories import ContentPageFactory, site_home
from tests.surveys.factories import SurveyIndexPageFactory, SurveyPageFactory


@pytest.fixture(scope="module")
def portal(committed_db):  # noqa: F811
    home = site_home("pl")
    index = SurveyIndexPageFactory(parent=home, slug="ankiety-oembed")
    survey = SurveyPageFactory(parent=index, title="Park Jordana", slug="park-jordana")
    other = ContentPageFactory(parent=home, slug="o-nas-oembed")
    with live_server() as port:
        yield f"http://127.0.0.1:{port}", survey, other


def finder(base):
    return OEmbedFinder(
        providers=[
            {
                "endpoint": f"{base}/pl/widgets/oembed/",
                "urls": [rf"^{re.escape(base)}/.+$"],
            }
        ]
    )


def test_wagtail_finder_embeds_a_survey(portal):
    base, survey, _other = portal
    url = f"{base}/pl/ankiety-oembed/park-jordana/"
    embed = finder(base).find_embed(url, max_width=400)
    assert embed["type"] == "rich"
    assert embed["title"] == "Park Jordana"
    assert embed["width"] == 400
    assert f'src="{base}/pl/widgets/survey/{survey.pk}/"' in embed["html"]
    assert embed["provider_name"]


def test_wagtail_finder_refuses_other_pages(portal):
    base, _survey, _other = portal
    with pytest.raises(EmbedNotFoundException):
        finder(base).find_embed(f"{base}/pl/o-nas-oembed/")
