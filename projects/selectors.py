"""Read queries behind the project pages; a list costs the same queries at any length."""

from django.db.models import Exists, OuterRef, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _

from core.pagination import paginate
from core.translations import in_locale, localized_pages
from projects.filters import ProjectFilterForm
from projects.status import status_expression, status_rank_expression

PROJECT_CARD_IMAGE = "fill-640x360"
PARTNER_LOGO = "max-240x120"


def rendition_prefetch(field, filter_spec):
    """Prefetch the renditions of an image field, so `{% image %}` runs no query per item."""
    from wagtail.images import get_image_model

    images = get_image_model().objects.prefetch_renditions(filter_spec)
    return Prefetch(field, queryset=images)


def projects_in_index(index_page):
    """The live projects under an index: ongoing first, then planned, then completed."""
    from projects.models import ProjectPage

    return (
        ProjectPage.objects.live()
        .public()
        .child_of(index_page)
        .annotate(current_status=status_expression())
        .annotate(status_rank=status_rank_expression("current_status"))
        .prefetch_related(
            rendition_prefetch("hero_image", PROJECT_CARD_IMAGE), "districts", "topics"
        )
        .order_by("status_rank", "-start_month", "title")
    )


def filter_projects(projects, *, status="", district="", topic=""):
    """Narrow a project queryset by the (already validated) filter values."""
    from projects.models import ProjectPage

    if status:
        projects = projects.filter(current_status=status)
    if district:
        in_district = ProjectPage.districts.through.objects.filter(
            projectpage_id=OuterRef("pk"), district__slug=district
        )
        projects = projects.filter(Exists(in_district))
    if topic:
        on_topic = ProjectPage.topics.through.objects.filter(
            projectpage_id=OuterRef("pk"), topic__slug=topic
        )
        projects = projects.filter(Exists(on_topic))
    return projects


def attach_terms(projects, locale):
    """Give each project `district_terms` and `topic_terms` in the reader's language.

    Two queries for the whole list (the districts and topics themselves are
    prefetched with the projects).
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


def project_index_context(index_page, params):
    """The filter form and the page of projects matching it.

    Raises:
        Http404: the page number is not a page of the results.
    """
    form = ProjectFilterForm(params, locale=index_page.locale)
    if not form.is_valid():
        return {"filter_form": form, "filter_errors": True, "projects_page": None}
    projects = filter_projects(projects_in_index(index_page), **form.cleaned_data)
    results = paginate(projects, params.get("page", "1"), per_page=index_page.items_per_page)
    if results is None:
        raise Http404(_("There is no such page of projects."))
    attach_terms(results.object_list, index_page.locale)
    return {"filter_form": form, "filter_errors": False, "projects_page": results}


def localized_partner_pages(partner_pages, locale):
    """Partner pages in `locale` where translated, with their logos, in one query.

    `localized_pages` would load the logo of each partner separately.
    """
    from projects.models import PartnerPage

    keys = [page.translation_key for page in partner_pages]
    candidates = (
        PartnerPage.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .prefetch_related(rendition_prefetch("logo", PARTNER_LOGO))
    )
    by_key = {}
    for candidate in candidates:
        if candidate.locale_id == locale.pk or candidate.translation_key not in by_key:
            by_key[candidate.translation_key] = candidate
    return [by_key.get(page.translation_key) for page in partner_pages]


def project_partners(project):
    """The project's partners as (partner page, role label) in the reader's language.

    Partners whose page has been unpublished or deleted drop out.
    """
    links = list(project.project_partners.select_related("partner").order_by("sort_order"))
    partners = localized_partner_pages([link.partner for link in links], project.locale)
    return [
        {"page": partner, "role": link.role, "role_label": link.get_role_display()}
        for link, partner in zip(links, partners, strict=True)
        if partner is not None
    ]


def related_pages(project):
    """The surveys and news the editors linked to, live and in the reader's language."""
    links = list(project.related_pages.select_related("page").order_by("sort_order"))
    pages = localized_pages([link.page.specific_deferred for link in links], project.locale)
    return [{"page": page, "kind": page.get_verbose_name()} for page in pages if page.live]


def project_page_context(project):
    """Everything a project page shows beyond its own fields.

    Works on previews too: an unsaved page's districts, partners and related
    pages are the in-memory values from the edit form.
    """
    partners = project_partners(project)
    return {
        "project_terms": attach_terms([project], project.locale)[0],
        "partners": partners,
        "funders": [partner for partner in partners if partner["role"] == "funder"],
        "related_pages": related_pages(project),
    }
