"""Factories for projects, partners and the topics they are filed under."""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from projects.models import (
    PartnerIndexPage,
    PartnerPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from taxonomies.models import District, Topic


def polish_locale():
    return Locale.objects.get(language_code="pl")


def district(slug, language_code="pl"):
    """One of the 18 districts the migration created."""
    return District.objects.get(slug=slug, locale__language_code=language_code)


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Temat {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    locale = factory.LazyFunction(polish_locale)

    class Meta:
        model = Topic


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projekty"
    slug = "projekty"
    intro = "Projekty biura i partnerów."

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    lead = "Rozwijamy dialog mieszkańców z radą dzielnicy."
    start_month = datetime.date(2021, 11, 1)
    end_month = datetime.date(2023, 4, 1)

    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True

    @factory.post_generation
    def districts(project, create, extracted, **kwargs):
        if extracted:
            project.districts.set(extracted)
            if create:
                project.save()

    @factory.post_generation
    def topics(project, create, extracted, **kwargs):
        if extracted:
            project.topics.set(extracted)
            if create:
                project.save()


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partnerzy"
    slug = "partnerzy"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fundacja {n}")
    organisation_type = "ngo"
    description = "<p>Organizacja wspierająca aktywność mieszkańców.</p>"
    city = "Kraków"
    country = "Polska"

    class Meta:
        model = PartnerPage


def add_partner(project, partner, role="partner"):
    """Link a partner to a project the way the inline panel does, and save the project."""
    project.project_partners.add(ProjectPartner(partner=partner, role=role, locale=project.locale))
    project.save()
    return project
