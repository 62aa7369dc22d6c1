"""The admin listings of projects and partners: status, period and type, with filters."""

import pytest
from django.urls import reverse

from tests.factories import SuperUserFactory
from tests.projects.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(SuperUserFactory())
    return client


def test_project_listing_shows_status_and_period(admin_client, projects):
    response = admin_client.get(reverse("projects:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Forum Podgórza" in html and "Drzewa Nowej Huty" in html
    assert "W realizacji" in html and "Zakończony" in html and "Planowany" in html
    assert "11.2021 – 04.2099" in html


def test_project_listing_filters_by_district(admin_client, projects):
    from tests.projects.factories import district

    response = admin_client.get(
        reverse("projects:index"), {"districts": district("zwierzyniec").pk}
    )
    html = response.content.decode()
    assert "Parki Zwierzyńca" in html and "Forum Podgórza" not in html


def test_partner_listing_filters_by_type(admin_client, partner_index, partner):
    PartnerPageFactory(parent=partner_index, title="LearningLab", organisation_type="foreign")
    response = admin_client.get(reverse("partners:index"), {"organisation_type": "foreign"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "LearningLab" in html and "Partner zagraniczny" in html
    assert "Fundacja Dialog" not in html


def test_listings_need_an_admin_login(client):
    response = client.get(reverse("projects:index"))
    assert response.status_code == 302


def test_project_listing_filters_by_the_status_the_period_gives(admin_client, projects):
    response = admin_client.get(reverse("projects:index"), {"status": "planned"})
    html = response.content.decode()
    assert "Akademia liderów" in html
    assert "Forum Podgórza" not in html and "Drzewa Nowej Huty" not in html
