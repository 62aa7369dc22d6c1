"""The list methods of projects and partners: the status in SQL, filters, a partner's projects."""

import datetime
import itertools

import pytest

from projects.models import PartnerPage, ProjectPage, ProjectPartner
from projects.status import ProjectStatus, project_status
from tests.projects.factories import PartnerPageFactory, ProjectPageFactory, add_partner

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2030, 6, 15)
MONTHS = [None, datetime.date(2030, 5, 1), datetime.date(2030, 6, 1), datetime.date(2030, 7, 1)]


def test_the_status_in_sql_agrees_with_the_rule_in_python(project_index):
    declared = ["", *ProjectStatus.values]
    for start, end, status in itertools.product(MONTHS, MONTHS, declared):
        if start and end and end < start:
            continue
        ProjectPageFactory(
            parent=project_index, start_month=start, end_month=end, declared_status=status
        )
    projects = ProjectPage.objects.child_of(project_index).with_status(TODAY)
    for project in projects:
        expected = project_status(
            project.start_month, project.end_month, project.declared_status, TODAY
        )
        assert project.current_status == expected, (project.start_month, project.end_month)


def test_filter_by_combines_status_district_and_topic(project_index, projects):
    found = ProjectPage.objects.with_status().filter_by(
        status="completed", district="zwierzyniec", topic="budzet-obywatelski"
    )
    assert {project.title for project in found} == {"Dzielnice się liczą"}
    # A project in two matching districts is listed once.
    assert ProjectPage.objects.with_status().filter_by().count() == len(projects)


def test_partners_of_one_type(partner_index, partner):
    PartnerPageFactory(parent=partner_index, title="Urząd Miasta", organisation_type="public")
    partners = PartnerPage.objects.child_of(partner_index)
    assert [p.title for p in partners.of_type("public")] == ["Urząd Miasta"]
    assert partners.of_type("").count() == 2


def test_a_project_naming_a_partner_twice_is_listed_once(partner, projects):
    add_partner(projects["forum"], partner, role="leader")
    add_partner(projects["forum"], partner, role="funder")
    add_partner(projects["trees"], partner)
    links = ProjectPartner.objects.naming(partner)
    assert [link.project.title for link in links] == ["Drzewa Nowej Huty", "Forum Podgórza"]
    # The first link counts.
    assert links[1].role == "leader"
