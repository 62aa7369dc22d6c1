"""Read-only queries behind the project and partner templates: a fixed number per list.

They take pages and import no model of this app, so the models can use them;
lists of one page type are that type's queryset methods (e.g.
`ProjectPage.objects.with_status().filter_by(district="podgorze")`).
"""

from collections.abc import Iterable

from django.db.models import prefetch_related_objects
from wagtail.images.models import Filter
from wagtail.models import Locale, Page

from core.images import rendition_prefetch
from core.restrictions import pages_public
from core.translations import in_locale, localized_pages

# The renditions the cards and logos of the templates ask for.
# The card's {% picture %} (templates/includes/cards/project_card.html): every size in every format.
PROJECT_CARD_PICTURE = "fill-{400x225,640x360,960x540}|format-{avif,webp,jpeg}"
PROJECT_CARD_IMAGE = tuple(Filter.expand_spec(PROJECT_CARD_PICTURE))
PARTNER_LOGO = "max-240x120"


def attach_terms(projects: Iterable[Page], locale: Locale) -> list[Page]:
    """Give each project `district_terms` and `topic_terms` in the reader's language.

    Two queries for the whole list; the projects' districts and topics are
    prefetched (or, in a preview, the edit form's in-memory values).

    Args:
        projects: ProjectPages.
        locale: the Locale the visitor reads in.

    Returns:
        The projects, as a list, in the same order.
    """
    projects = list(projects)
    for relation in ("districts", "topics"):
        terms = [term for project in projects for term in getattr(project, relation).all()]
        localized = {
            term.pk: translated
            for term, translated in zip(terms, in_locale(terms, locale), strict=True)
        }
        for project in projects:
            items = [localized[term.pk] for term in getattr(project, relation).all()]
            setattr(project, relation.rstrip("s") + "_terms", items)
    return projects


def project_partners(project: Page) -> list[dict]:
    """The project's partners in the reader's language, with their logos, in four queries.

    Args:
        project: a ProjectPage (saved, or a preview with in-memory partners).

    Returns:
        One {"page", "role", "role_label"} dict per partner, in the editors'
        order; a partner whose page is not live or is restricted drops out.
    """
    links = list(project.project_partners.select_related("partner").order_by("sort_order"))
    partners = localized_pages([link.partner for link in links], project.locale)
    shown = {partner.pk for partner in pages_public(partners) if partner.live}
    shown_links = [
        (link, partner)
        for link, partner in zip(links, partners, strict=True)
        if partner.pk in shown
    ]
    prefetch_related_objects(
        [partner for _, partner in shown_links], rendition_prefetch("logo", PARTNER_LOGO)
    )
    return [
        {"page": partner, "role": link.role, "role_label": link.get_role_display()}
        for link, partner in shown_links
    ]


def related_pages(project: Page) -> list[dict]:
    """The surveys and news the editors linked to a project, live and in the reader's language.

    Args:
        project: a ProjectPage.

    Returns:
        One {"page", "kind"} dict per live page no view restriction covers,
        in the editors' order; the kind is the page type's name ("Survey",
        "News item").
    """
    links = list(project.related_pages.select_related("page").order_by("sort_order"))
    pages = localized_pages([link.page.specific_deferred for link in links], project.locale)
    return [
        {"page": page, "kind": page.get_verbose_name()} for page in pages_public(pages) if page.live
    ]


def project_page_context(project: Page) -> dict:
    """Everything a project page shows beyond its own fields.

    Works on previews too: an unsaved page's districts, partners and related
    pages are the in-memory values from the edit form.

    Args:
        project: a ProjectPage.

    Returns:
        `project_terms` (the project with its districts and topics in the
        reader's language), `partners`, `funders` (the partners funding it)
        and `related_pages`.
    """
    partners = project_partners(project)
    return {
        "project_terms": attach_terms([project], project.locale)[0],
        "partners": partners,
        "funders": [partner for partner in partners if partner["role"] == "funder"],
        "related_pages": related_pages(project),
    }
