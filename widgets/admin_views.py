"""The admin's Widgets menu: the Embed view (builder, preview, snippets) and the statistics."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from projects.models import PartnerPage
from projects.status import ProjectStatus

from .embeds import Embed, oembed_url
from .models import WidgetDailyStat, WidgetKind, WidgetRegistration
from .policy import THEMES, ThemeError, theme_from
from .selectors import MAX_LIMIT, widget_target

STATS_DAYS = 90
PAGE_KINDS = {WidgetKind.SURVEY, WidgetKind.PROJECT}


class EmbedForm(forms.Form):
    """A widget and its options; every field is a plain GET parameter of the Embed view."""

    kind = forms.ChoiceField(label=_("Widget"), choices=WidgetKind.choices)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    page = forms.IntegerField(
        label=_("Page id"),
        required=False,
        min_value=1,
        help_text=_("The survey or project shown (its id in the page's address in the admin)."),
    )
    district = forms.SlugField(label=_("District (slug)"), required=False)
    topic = forms.SlugField(label=_("Topic (slug)"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", "—"), *ProjectStatus.choices]
    )
    partner = forms.IntegerField(label=_("Partner page id"), required=False, min_value=1)
    campaign = forms.IntegerField(label=_("Campaign page id"), required=False, min_value=1)
    limit = forms.IntegerField(label=_("Items"), required=False, min_value=1, max_value=MAX_LIMIT)
    theme = forms.ChoiceField(
        label=_("Theme"), choices=[(name, name) for name in THEMES], initial="light"
    )
    accent = forms.CharField(
        label=_("Accent colour"),
        required=False,
        max_length=7,
        help_text=_("Six hexadecimal digits, e.g. 0b4f8a; checked for a contrast of 4.5:1."),
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") in PAGE_KINDS and not data.get("page"):
            self.add_error("page", _("This widget shows one page: give its id."))
        try:
            theme_from(data.get("theme"), data.get("accent"))
        except ThemeError as error:
            self.add_error("accent", str(error))
        return data


def initial_for(page_id: str | None, language: str) -> dict:
    """The Embed form's values for a page (from its header's "Embed" button)."""
    page = Page.objects.filter(pk=page_id).first() if (page_id or "").isdigit() else None
    target = widget_target(page) if page is not None else None
    if target is None:
        return {"kind": WidgetKind.PROJECTS, "language": language, "theme": "light"}
    kind, object_id, options = target
    return {
        "kind": kind,
        "language": page.locale.language_code,
        "page": object_id,
        "theme": "light",
        **options,
    }


class EmbedView(WagtailAdminTemplateMixin, TemplateView):
    """Pick a widget and its options, see it live, copy a snippet."""

    template_name = "widgets/admin/embed.html"
    page_title = _("Embed a widget")
    header_icon = "code"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        if "kind" in request.GET:
            form = EmbedForm(request.GET)
        else:
            form = EmbedForm(initial=initial_for(request.GET.get("for"), settings.LANGUAGE_CODE))
            form = EmbedForm(form.initial) if request.GET.get("for") else form
        context["form"] = form
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            options = {
                key: data[key]
                for key in ("district", "topic", "status", "partner", "campaign", "limit")
                if data.get(key)
            }
            if data["theme"] != "light":
                options["theme"] = data["theme"]
            if data["accent"]:
                options["accent"] = data["accent"].lstrip("#").lower()
            page_id = data["page"] if data["kind"] in PAGE_KINDS else None
            embed = Embed(
                kind=data["kind"], language=data["language"], object_id=page_id, options=options
            )
            page = Page.objects.filter(pk=page_id).first() if page_id else None
            title = page.title if page else str(WidgetKind(data["kind"]).label)
            full_url = page.get_full_url(request) if page else request.build_absolute_uri("/")
            context.update(
                preview_url=embed.url(request),
                snippet_loader=embed.placeholder(request, title=title, full_url=full_url),
                snippet_iframe=embed.iframe(request, title=title),
                snippet_oembed=oembed_url(request, full_url) if page else "",
            )
        return context


class StatsForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Partner"), required=False, queryset=PartnerPage.objects.order_by("title")
    )


class StatsView(WagtailAdminTemplateMixin, TemplateView):
    """Impressions and submissions per widget and website, last 90 days; per partner too."""

    template_name = "widgets/admin/stats.html"
    page_title = _("Widget statistics")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        since = timezone.localdate() - timedelta(days=STATS_DAYS)
        rows = WidgetDailyStat.objects.filter(day__gte=since)
        form = StatsForm(self.request.GET or None)
        partner = form.cleaned_data["partner"] if form.is_valid() else None
        if partner is not None:
            origins = set()
            registrations = WidgetRegistration.objects.filter(
                partner__translation_key=partner.translation_key
            )
            for registration in registrations:
                origins.update(registration.origin_list())
            rows = rows.filter(origin__in=origins)
        context.update(
            form=form,
            days=STATS_DAYS,
            rows=rows.values("kind", "object_id", "origin")
            .annotate(impressions=Sum("impressions"), submissions=Sum("submissions"))
            .order_by("-impressions", "origin", "kind"),
            kinds=dict(WidgetKind.choices),
        )
        return context
