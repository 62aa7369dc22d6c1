"""What each widget lists: live, public pages in one language, a fixed number of queries.

Every query here starts from `.live().public()`: no draft, no page under a
view restriction (restrictions follow every translation, core.restrictions).
"""

from django import forms
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from campaigns.models import CampaignPage, EventIndexPage, EventPage
from pages.models import NewsIndexPage, NewsPage
from projects.filters import ProjectFilterForm
from projects.models import PartnerPage, ProjectIndexPage, ProjectPage
from projects.selectors import attach_terms
from surveys.models import SurveyPage
from taxonomies.models import District

DEFAULT_LIMIT = 5
MAX_LIMIT = 12


class WidgetFilterError(ValueError):
    """A filter value the widget cannot use; the message says which, for the 400 page."""


def page_in_locale(model, page_id: int, locale: Locale):
    """The live, public translation in `locale` of the page `page_id` (any language) of `model`.

    Raises:
        Http404: no such page, or no live public translation in `locale`.
    """
    source = model.objects.filter(pk=page_id).values("translation_key").first()
    if source is None:
        raise Http404
    page = (
        model.objects.live()
        .public()
        .filter(translation_key=source["translation_key"], locale=locale)
        .first()
    )
    if page is None:
        raise Http404
    return page


def first_live(model, locale: Locale):
    """The first live, public page of `model` in `locale` (an index to link to), or None."""
    return model.objects.live().public().filter(locale=locale).order_by("path").first()


class LimitForm(forms.Form):
    limit = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_LIMIT,
        error_messages={
            "invalid": _("The number of items must be a whole number."),
            "min_value": _("Show at least one item."),
            "max_value": _("Show at most 12 items."),
        },
    )


class ProjectWidgetForm(ProjectFilterForm):
    """The project index's filters plus the partner (a partner page's id, any language)."""

    partner = forms.IntegerField(
        required=False, min_value=1, error_messages={"invalid": _("There is no such partner.")}
    )


def _valid(form) -> dict:
    if not form.is_valid():
        messages = [str(error) for errors in form.errors.values() for error in errors]
        raise WidgetFilterError(" ".join(messages))
    return form.cleaned_data


def limit_from(params) -> int:
    return _valid(LimitForm(params)).get("limit") or DEFAULT_LIMIT


def projects_list(params, locale: Locale) -> dict:
    """Projects matching ?district=&topic=&status=&partner=, ongoing first.

    Raises:
        WidgetFilterError: an unknown filter value.
    """
    filters = _valid(ProjectWidgetForm(params, locale=locale))
    projects = (
        ProjectPage.objects.live()
        .public()
        .filter(locale=locale)
        .with_status()
        .ongoing_first()
        .for_cards()
        .filter_by(status=filters["status"], district=filters["district"], topic=filters["topic"])
    )
    if filters["partner"]:
        partner = PartnerPage.objects.filter(pk=filters["partner"]).first()
        if partner is None:
            raise WidgetFilterError(str(_("There is no such partner.")))
        projects = projects.filter(
            project_partners__partner__translation_key=partner.translation_key
        ).distinct()
    items = attach_terms(projects[: limit_from(params)], locale)
    index = first_live(ProjectIndexPage, locale)
    query = {key: filters[key] for key in ("status", "district", "topic") if filters[key]}
    return {"items": items, "index": index, "index_query": query}


class EventWidgetForm(forms.Form):
    district = forms.SlugField(required=False)
    campaign = forms.IntegerField(
        required=False, min_value=1, error_messages={"invalid": _("There is no such campaign.")}
    )


def events_list(params, locale: Locale) -> dict:
    """Upcoming events, soonest first, optionally of one district's or one campaign's pages.

    Raises:
        WidgetFilterError: an unknown district or campaign.
    """
    filters = _valid(EventWidgetForm(params))
    events = EventPage.objects.live().public().filter(locale=locale).select_related("locale")
    campaigns = CampaignPage.objects.live().public().filter(locale=locale)
    if filters["district"]:
        if not District.objects.filter(slug=filters["district"]).exists():
            raise WidgetFilterError(str(_("There is no such district.")))
        campaigns = campaigns.filter(district__slug=filters["district"])
    if filters["campaign"]:
        campaign = CampaignPage.objects.filter(pk=filters["campaign"]).first()
        if campaign is None:
            raise WidgetFilterError(str(_("There is no such campaign.")))
        campaigns = campaigns.filter(translation_key=campaign.translation_key)
    if filters["district"] or filters["campaign"]:
        paths = list(campaigns.values_list("path", flat=True))
        below = Q(pk__in=[])
        for path in paths:
            below |= Q(path__startswith=path)
        events = events.filter(below)
    items = list(events.upcoming(now=timezone.now())[: limit_from(params)])
    return {"items": items, "index": first_live(EventIndexPage, locale)}


def news_list(params, locale: Locale) -> dict:
    """The newest news items."""
    items = list(
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("image")
        .newest_first()[: limit_from(params)]
    )
    return {"items": items, "index": first_live(NewsIndexPage, locale)}


def project_card(page_id: int, locale: Locale) -> ProjectPage:
    """One project with its districts and topics in `locale` (404 when not live and public)."""
    return attach_terms([page_in_locale(ProjectPage, page_id, locale)], locale)[0]


def survey_page(page_id: int, locale: Locale) -> SurveyPage:
    return page_in_locale(SurveyPage, page_id, locale)


EMBEDDABLE_TYPES = (SurveyPage, ProjectPage, EventPage, PartnerPage)


def is_embeddable(page: Page) -> bool:
    """Whether a widget embeds `page` (see widget_target); no query for a specific page."""
    return isinstance(page.specific_deferred, EMBEDDABLE_TYPES)


def widget_target(page: Page) -> tuple[str, int | None, dict] | None:
    """(kind, page id, options) of the widget that embeds `page`, or None if none does.

    A survey and a project are embedded themselves; an event as the upcoming
    events of its campaign (or all of them); a partner as its projects.
    Used by oEmbed, its discovery tags and the admin's Embed view.
    """
    specific = page.specific_deferred
    if isinstance(specific, SurveyPage):
        return "survey", specific.pk, {}
    if isinstance(specific, ProjectPage):
        return "project", specific.pk, {}
    if isinstance(specific, EventPage):
        parent = page.get_parent().specific_deferred
        return "events", None, {"campaign": parent.pk} if isinstance(parent, CampaignPage) else {}
    if isinstance(specific, PartnerPage):
        return "projects", None, {"partner": specific.pk}
    return None
