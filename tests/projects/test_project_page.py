"""One project page: its main image and text alternative, its period, how it is shared."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.factories import ImageFactory
from tests.projects.factories import PartnerPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


def test_an_image_without_any_description_needs_alternative_text(project_index):
    project = ProjectPageFactory.build(image=ImageFactory(description=""), image_alt_text="")
    with pytest.raises(ValidationError) as error:
        project_index.add_child(instance=project)
    assert "image_alt_text" in error.value.message_dict


def test_the_editor_sees_the_image_and_the_period_errors_at_once(project_index):
    project = ProjectPageFactory.build(
        image=ImageFactory(description=""),
        start_month=datetime.date(2024, 5, 1),
        end_month=datetime.date(2024, 2, 1),
    )
    with pytest.raises(ValidationError) as error:
        project_index.add_child(instance=project)
    assert {"image_alt_text", "end_month"} <= set(error.value.message_dict)


def test_months_are_kept_as_the_first_day(project_index):
    project = ProjectPageFactory(
        parent=project_index,
        start_month=datetime.date(2024, 5, 17),
        end_month=datetime.date(2024, 9, 30),
    )
    assert (project.start_month, project.end_month) == (
        datetime.date(2024, 5, 1),
        datetime.date(2024, 9, 1),
    )


def test_the_image_is_described_by_its_alt_text_else_its_own_description(client, project_index):
    project = ProjectPageFactory(
        parent=project_index, image=ImageFactory(description="Mieszkańcy przy stole")
    )
    assert project.image_alt == "Mieszkańcy przy stole"
    project.image_alt_text = "Debata w Podgórzu"
    project.save_revision().publish()
    soup = BeautifulSoup(client.get(project.url).content, "html.parser")
    assert soup.select_one(".figure img")["alt"] == "Debata w Podgórzu"


def test_a_decorative_image_gets_an_empty_alt(client, project_index):
    project = ProjectPageFactory.build(
        image=ImageFactory(description=""), image_alt_text="", image_is_decorative=True
    )
    project_index.add_child(instance=project)
    soup = BeautifulSoup(client.get(project.url).content, "html.parser")
    assert soup.select_one(".figure img")["alt"] == ""


def test_sharing_falls_back_to_the_main_image_and_the_lead(project_index):
    image, sharing_image = ImageFactory(), ImageFactory()
    project = ProjectPageFactory(parent=project_index, image=image)
    assert project.get_social_image() == image
    assert project.get_social_description() == project.lead
    project.social_image = sharing_image
    project.search_description = "Dialog w Podgórzu"
    assert project.get_social_image() == sharing_image
    assert project.get_social_description() == "Dialog w Podgórzu"


def test_a_partner_is_shared_with_its_logo(partner_index):
    logo = ImageFactory()
    partner = PartnerPageFactory(parent=partner_index, logo=logo)
    assert partner.get_social_image() == logo
