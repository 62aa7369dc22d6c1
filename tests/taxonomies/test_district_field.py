"""A single district (campaign pages, councillors): a radio list in the object's language."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from campaigns.models import Councillor
from taxonomies.forms import LocaleTermChoiceField, TermRadioList
from tests.campaigns.base import campaign_form_data
from tests.campaigns.factories import CampaignPageFactory, CouncillorFactory

from .conftest import districts_in
from .forms import checked_labels, picker_labels, picker_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign_pl(home_pl):
    return CampaignPageFactory(parent=home_pl, district=districts_in("pl").get(slug="podgorze"))


def test_a_campaign_page_chooses_its_district_among_the_18_of_its_language(
    admin_client, campaign_pl
):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[campaign_pl.pk])).content
    html = html.decode()

    assert len(picker_labels(html, "district")) == 18
    assert set(picker_values(html, "district")) == {
        str(pk) for pk in districts_in("pl").values_list("pk", flat=True)
    }
    assert 'type="radio"' in html
    assert checked_labels(html, "district") == ["Podgórze (XIII)"]


def test_a_campaign_page_refuses_a_district_of_another_language(admin_client, campaign_pl):
    english = districts_in("en").get(slug="zwierzyniec")
    url = reverse("wagtailadmin_pages:edit", args=[campaign_pl.pk])

    response = admin_client.post(url, campaign_form_data(campaign_pl, district=english.pk))

    assert response.status_code == 200
    assert response.context["form"].errors["district"][0].startswith(str(english))


def test_a_campaign_page_saves_a_district_of_its_language(admin_client, campaign_pl):
    zwierzyniec = districts_in("pl").get(slug="zwierzyniec")
    url = reverse("wagtailadmin_pages:edit", args=[campaign_pl.pk])

    response = admin_client.post(url, campaign_form_data(campaign_pl, district=zwierzyniec.pk))

    assert response.status_code == 302
    saved = type(campaign_pl).objects.get(pk=campaign_pl.pk).get_latest_revision_as_object()
    assert saved.district == zwierzyniec


def test_an_english_councillor_is_offered_the_english_districts(superuser):
    councillor = CouncillorFactory(
        locale=Locale.objects.get(language_code="en"),
        district=districts_in("en").get(slug="podgorze"),
    )
    form_class = Councillor.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=councillor, for_user=superuser)

    field = form["district"]

    assert isinstance(field.field, LocaleTermChoiceField)
    assert isinstance(field.field.widget, TermRadioList)
    assert {value for value, _ in field.field.choices} == set(
        districts_in("en").values_list("pk", flat=True)
    )
    assert field.value() == councillor.district_id
