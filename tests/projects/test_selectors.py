"""Project and partner pages run the same number of queries at 5 and at 50 items."""

import pytest

from tests.factories import ImageFactory
from tests.projects.factories import (
    PartnerPageFactory,
    ProjectPageFactory,
    TopicFactory,
    add_partner,
    district,
)
from tests.queries import query_count

pytestmark = pytest.mark.django_db


def add_projects(index, count, image):
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


def test_project_index_queries_do_not_grow_with_projects(client, project_index):
    # items_per_page is 12: 50 projects fill a whole page.
    add_projects(project_index, 5, ImageFactory())
    few = query_count(client, project_index.url)
    add_projects(project_index, 45, ImageFactory())
    many = query_count(client, project_index.url)
    assert few == many
    # The factory period (2021–2023) makes them completed: a filtered full page.
    assert few == query_count(client, project_index.url + "?district=podgorze&status=completed")


def test_project_page_queries_do_not_grow_with_partners(client, project_index, partner_index):
    project = add_projects(project_index, 1, ImageFactory())[0]

    def add_partners(count):
        for _ in range(count):
            partner = PartnerPageFactory(parent=partner_index, logo=ImageFactory())
            add_partner(project, partner, role="funder")

    add_partners(5)
    few = query_count(client, project.url)
    add_partners(45)
    many = query_count(client, project.url)
    assert few == many


def test_partner_page_queries_do_not_grow_with_projects(client, project_index, partner):
    def add_to(count):
        for project in add_projects(project_index, count, None):
            add_partner(project, partner)

    add_to(5)
    few = query_count(client, partner.url)
    add_to(45)
    many = query_count(client, partner.url)
    assert few == many


def test_partner_index_queries_do_not_grow_with_partners(client, partner_index):
    def add(count):
        for _ in range(count):
            PartnerPageFactory(parent=partner_index, logo=ImageFactory())

    add(5)
    few = query_count(client, partner_index.url)
    add(45)
    many = query_count(client, partner_index.url)
    assert few == many
