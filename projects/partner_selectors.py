"""Read queries behind the partner pages."""

from django.http import Http404
from django.utils.translation import gettext as _

from core.pagination import paginate
from projects.filters import PartnerFilterForm
from projects.selectors import PARTNER_LOGO, rendition_prefetch


def partners_in_index(index_page, organisation_type=""):
    """The live partners under an index, alphabetically, optionally of one type."""
    from projects.models import PartnerPage

    partners = (
        PartnerPage.objects.live()
        .public()
        .child_of(index_page)
        .prefetch_related(rendition_prefetch("logo", PARTNER_LOGO))
        .order_by("title")
    )
    if organisation_type:
        partners = partners.filter(organisation_type=organisation_type)
    return partners


def partner_index_context(index_page, params):
    """The type filter and the page of partners matching it.

    Raises:
        Http404: the page number is not a page of the results.
    """
    form = PartnerFilterForm(params)
    if not form.is_valid():
        return {"filter_form": form, "filter_errors": True, "partners_page": None}
    partners = partners_in_index(index_page, form.cleaned_data["type"])
    results = paginate(partners, params.get("page", "1"), per_page=index_page.items_per_page)
    if results is None:
        raise Http404(_("There is no such page of partners."))
    return {"filter_form": form, "filter_errors": False, "partners_page": results}


def projects_of_partner(partner):
    """The live projects, in the partner page's language, that name this partner, with its role.

    Projects point at the partner in the language they were first written
    in; every language version of a partner shares its translation key.
    """
    from projects.models import ProjectPage, ProjectPartner

    # Restricted projects (login, password) are not named on public pages.
    visible = ProjectPage.objects.live().public().filter(locale=partner.locale_id)
    links = (
        ProjectPartner.objects.filter(
            partner__translation_key=partner.translation_key, project__in=visible
        )
        .select_related("project")
        .order_by("project__title")
    )
    seen = set()
    projects = []
    for link in links:
        if link.project_id in seen:
            continue
        seen.add(link.project_id)
        projects.append({"page": link.project, "role_label": link.get_role_display()})
    return projects


def partner_page_context(partner):
    return {"partner_projects": projects_of_partner(partner)}
