"""Read-only queries behind the project and partner templates: a fixed number per list.

They take pages and import no model of this app, so the models can use them;
lists of one page type are that type's queryset methods (e.g.
`ProjectPage.objects.with_status().filter_by(district="podgorze")`).
"""

from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale, Page

from core.restrictions import pages_public
from core.translations import localized_pages
from taxonomies.models import District, Topic
from taxonomies.selectors import terms_by_key

# The renditions the cards and logos of the templates ask for.
# The card's {% picture %} (templates/includes/cards/project_card.html): every size in every
# format, in the order the tag writes them ("format-avif|fill-400x225"): a rendition
# prefetched under another spelling is not found, and each card would query again.
PROJECT_CARD_PICTURE = "format-{avif,webp,jpeg}|fill-{400x225,640x360,960x540}"
PROJECT_CARD_IMAGE = tuple(Filter.expand_spec(PROJECT_CARD_PICTURE))
PARTNER_LOGO = "max-240x120"


def attach_terms(projects: Iterable[Page], locale: Locale) -> list[Page]:
    """Give each project `district_terms` and `topic_terms` in the reader's language.

    The projects' own districts and topics are prefetched (or, in a preview,
    the edit form's in-memory values); their translations come from the
    cached vocabularies (taxonomies.selectors.terms_by_key), without a query.

    Args:
        projects: ProjectPages.
        locale: the Locale the visitor reads in.

    Returns:
        The projects, as a list, in the same order.
    """
    projects = list(projects)
    for relation, model in (("districts", District), ("topics", Topic)):
        by_key = terms_by_key(model, locale)
        for project in projects:
            items = []
            for term in getattr(project, relation).all():
                translated = by_key.get(term.translation_key)
                # A term not yet translated keeps its own language.
                items.append(
                    translated if translated and translated.locale_id == locale.pk else term
                )
            setattr(project, relation.rstrip("s") + "_terms", items)
    return projects


def project_partners(project: Page) -> list[dict]:
    """The project's partners in the reader's language with their logos' renditions.

    Two queries: the links with their partner pages and logos, then the
    logos' renditions; one more when a partner is named in another language
    than the project's (its translations, with their logos).

    Args:
        project: a ProjectPage (saved, or a preview with in-memory partners).

    Returns:
        One {"page", "role", "role_label"} dict per partner, in the editors'
        order; a partner whose page is not live or is restricted drops out.
    """
    links = list(project.project_partners.select_related("partner__logo").order_by("sort_order"))
    partners = [link.partner for link in links]
    if any(partner.locale_id != project.locale_id for partner in partners):
        found = {
            partner.translation_key: partner
            for partner in type(partners[0])
            .objects.live()
            .filter(
                locale=project.locale_id,
                translation_key__in={partner.translation_key for partner in partners},
            )
            .select_related("logo")
        }
        partners = [found.get(partner.translation_key, partner) for partner in partners]
    public = {partner.pk for partner in pages_public(partners)}
    shown_links = [
        (link, partner)
        for link, partner in zip(links, partners, strict=True)
        if partner.live and partner.pk in public
    ]
    logos = [partner.logo for _, partner in shown_links if partner.logo_id]
    prefetch_related_objects(
        logos,
        Prefetch(
            "renditions",
            queryset=get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec=PARTNER_LOGO),
            # Where Wagtail's get_rendition() looks first (ImageQuerySet.prefetch_renditions).
            to_attr="prefetched_renditions",
        ),
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
