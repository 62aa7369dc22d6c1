"""The projects and partners part of the site the browser tests audit (see content.extensions)."""

import datetime

from tests.factories import publish_with_revision, translate_page
from tests.projects.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
    add_partner,
    district,
)

KINDS = ("project_index", "project", "partner_index", "partner")


def build(base):
    """A project with every section filled in, its partners, and both indexes."""
    partner_index = PartnerIndexPageFactory(parent=base.home, show_in_menus=True)
    partner = PartnerPageFactory(
        parent=partner_index,
        title="Fundacja Wspólna Przestrzeń",
        slug="wspolna-przestrzen",
        logo=base.image,
        website="https://example.org",
        contact_email="biuro@example.org",
    )
    funder = PartnerPageFactory(
        parent=partner_index,
        title="Fundusze EOG",
        slug="fundusze-eog",
        organisation_type="funder",
        logo=base.image,
    )
    project_index = ProjectIndexPageFactory(parent=base.home, show_in_menus=True)
    project = ProjectPageFactory(
        parent=project_index,
        title="Podgórska Przestrzeń Dobrego Dialogu",
        slug="dialog",
        image=base.image,
        image_alt_text="Mieszkańcy przy stole podczas debaty",
        start_month=datetime.date(2021, 11, 1),
        end_month=datetime.date(2099, 4, 1),
        districts=[district("podgorze")],
        topics=[TopicFactory(name="Konsultacje", slug="konsultacje")],
        goals=[{"type": "goal", "value": "Wzmacniać oddolne inicjatywy"}],
        activities=[
            {
                "type": "activity",
                "value": {
                    "title": "Forum dialogu",
                    "description": "<p>Debaty i warsztaty.</p>",
                    "start_date": "2022-03-01",
                    "end_date": "2022-12-31",
                },
            }
        ],
        funding_note="Projekt finansowany z Funduszy EOG.",
        budget=298500,
        contact_name="Anna Wierzbicka",
        contact_role="koordynatorka",
        contact_email="dialog@example.org",
        documents=[{"type": "document", "value": {"document": base.document.pk, "title": ""}}],
    )
    add_partner(project, partner, role="leader")
    add_partner(project, funder, role="funder")
    ProjectPageFactory(parent=project_index, title="Zielone podwórka", slug="podworka")
    pages = {
        "project_index": project_index,
        "project": publish_with_revision(project, base.editor),
        "partner_index": partner_index,
        "partner": partner,
    }
    paths = {}
    for language in ("pl", "uk"):
        for kind, page in pages.items():
            translated = page if language == "pl" else translate_page(page, language)
            paths[(kind, language)] = translated.url
    # A filtered list with its form filled in, and one whose filter value is unknown.
    for language in ("pl", "uk"):
        paths[("project_index_filtered", language)] = (
            paths[("project_index", language)] + "?status=ongoing&district=podgorze"
        )
    return paths
