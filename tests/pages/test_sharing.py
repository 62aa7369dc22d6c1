"""What a shared page shows: the sharing image and description, else the page's own."""

import pytest

from tests.factories import (
    ContentPageFactory,
    HomePageFactory,
    ImageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "image_field", "text_field"),
    [
        (HomePageFactory, "hero_image", "hero_text"),
        (NewsPageFactory, "image", "lead"),
        (ContentPageFactory, None, "lead"),
    ],
)
def test_sharing_falls_back_to_the_pages_own_image_and_text(factory, image_field, text_field):
    main_image = ImageFactory()
    page = factory.build(**({image_field: main_image} if image_field else {}))

    assert page.get_social_image() == (main_image if image_field else None)
    assert page.get_social_description() == getattr(page, text_field)

    page.social_image = sharing_image = ImageFactory()
    page.search_description = "Opis do udostępniania."
    assert page.get_social_image() == sharing_image
    assert page.get_social_description() == "Opis do udostępniania."
