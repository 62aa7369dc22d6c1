"""Abstract pages every page type builds on: sharing fields, indexes, filtered indexes."""

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.http import Http404, QueryDict
from django.urls import Resolver404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pagination import paginate
from core.restrictions import view_restrictions_once
from core.text_analysis import (
    ELASTICSEARCH_LEMMA_MAPPING,
    analyse_text,
    fold,
    searchable_texts,
)


def routes_to_children(page: Page, remaining: list[str]) -> bool:
    """Whether `page` would hand `remaining` to its child by slug, as Page.route does.

    True for a page whose type routes like BasePage, and for a live routable
    page none of whose own routes (RoutablePageMixin: `past/`, `calendar/`...)
    matches the remaining path; its resolver is the class's, so no query asks.
    """
    model = page.specific_class
    if model is None:
        return False
    if model.route is BasePage.route:
        return True
    if issubclass(model, RoutablePageMixin) and RoutablePageMixin.route is model.route:
        if not page.live:
            return True
        try:
            model.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return True
    return False


def routed_pages(request) -> dict[str, Page] | None:
    """{path: page} of the pages this request's routing went through (None without a request)."""
    if request is None:
        return None
    return request.__dict__.setdefault("_routed_pages", {})


def route_path(start: Page, request, path_components: list[str]):
    """Wagtail's `Page.route` from `start` down `path_components`, the pages read in one query.

    Wagtail reads each level with two queries (the child by slug, then its
    specific page), so a page four levels down cost six. Here the pages of
    all the components are read at once by their `url_path`, and the walk
    goes on in memory through every page whose type routes as BasePage
    does; at a page that routes its own way (RoutablePageMixin: `past/`,
    `results/`...) or at the last component, that page's own specific
    `route` takes over, as in Wagtail. `start` may be a plain Page (the home
    page routing begins from, core.frame_cache.route_for_request).

    The pages passed on the way are kept on the request (`routed_pages`):
    they are the served page's ancestors, which the breadcrumbs show
    without asking again.

    Raises:
        Http404: a component names no child.
    """
    routed = routed_pages(request)
    if routed is not None:
        routed[start.path] = start
    prefixes = [
        start.url_path + "/".join(path_components[: length + 1]) + "/"
        for length in range(len(path_components))
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=start.path, depth__gt=start.depth
        )
    }
    parent = start
    for position, url_path in enumerate(prefixes):
        page = found.get(url_path)
        if page is None or page.depth != parent.depth + 1:
            raise Http404
        page._cached_parent_obj = parent
        if routed is not None:
            routed[page.path] = page
        remaining = path_components[position + 1 :]
        if not remaining or not routes_to_children(page, remaining):
            specific = page.specific
            specific._cached_parent_obj = parent
            return specific.route(request, remaining)
        parent = page
    raise Http404  # not reached: the last component returns above


class BasePage(Page):
    """Fields every public page shares: the image shown when it is shared."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Common page configuration")),
        FieldPanel("social_image"),
    ]

    # Besides its own fields, every page indexes their lemmas in its language
    # (core.text_analysis), so that any inflected form finds it on every backend.
    search_fields = Page.search_fields + [
        index.SearchField("search_description"),
        index.SearchField("search_title_lemmas", boost=2, es_extra=ELASTICSEARCH_LEMMA_MAPPING),
        index.SearchField("search_lemmas", es_extra=ELASTICSEARCH_LEMMA_MAPPING),
        # Title suggestions ignore diacritics: "budz" suggests "Budżet".
        index.AutocompleteField("search_title_folded"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("social_image"),
    ]

    # og:type of the page when shared; news items override it with "article".
    open_graph_type = "website"
    # When the editor chose no sharing image or description, these fields of
    # the page stand in for them (e.g. "image" and "lead"); a page type names
    # its own instead of overriding the getters.
    social_image_field = ""
    social_description_field = ""

    class Meta:
        abstract = True

    def search_title_lemmas(self) -> str:
        """The title's lemmas in the page's language, ranked above the rest of the text."""
        return analyse_text(self.title, self.locale.language_code)

    def search_title_folded(self) -> str:
        """The title without case and Latin diacritics, for title suggestions."""
        return fold(self.title)

    def search_lemmas(self) -> str:
        """The lemmas of everything the page indexes (title, lead, body, ...), for search."""
        text = "\n".join(text for _name, text in searchable_texts(self))
        return analyse_text(text, self.locale.language_code)

    def route(self, request, path_components):
        """Wagtail's routing, with every page on the way read in one query (`route_path`)."""
        if not path_components:
            routed = routed_pages(request)
            if routed is not None:
                routed[self.path] = self
            return super().route(request, path_components)
        return route_path(self, request, path_components)

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, looked up once per page object.

        Serving, the feedback poll and survey pages each ask (core.restrictions).
        """
        return view_restrictions_once(self, super().get_view_restrictions)

    def get_social_image(self):
        """The image for Open Graph tags: the sharing image, else the page's main image."""
        if self.social_image_id or not self.social_image_field:
            return self.social_image
        return getattr(self, self.social_image_field)

    def get_social_description(self) -> str:
        """The sharing description: the search description, else the page's lead or intro."""
        if self.search_description or not self.social_description_field:
            return self.search_description
        return getattr(self, self.social_description_field)


class IndexPage(BasePage):
    """A page listing its children: an introduction, one per home page."""

    intro = models.TextField(verbose_name=_("Introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    # Concrete indexes name their parent (the home page); the base layer
    # knows no page type above it.
    max_count_per_parent = 1

    class Meta:
        abstract = True


class FilteredIndexPage(IndexPage):
    """An index whose list is narrowed by GET parameters, a page of results at a time.

    A concrete index declares its filter form (`get_filter_form_class`), the
    list it filters (`get_filterable_queryset`) and how the form's values
    narrow it (`filter_queryset`); this class validates, filters and
    paginates. Its template extends "includes/filtered_index.html". Filter
    values that do not exist are explained on the page, which then answers
    400; a page number that does not exist is a 404.
    """

    items_per_page = 12

    class Meta:
        abstract = True

    def get_filter_form_class(self) -> type[forms.Form]:
        """The form of the filters; its `cleaned_data` is what `filter_queryset` gets."""
        raise NotImplementedError

    def get_filter_form_kwargs(self) -> dict:
        """Keyword arguments of the filter form besides the GET parameters (e.g. the locale)."""
        return {}

    def get_filterable_queryset(self) -> QuerySet:
        """Everything the index lists when no filter is chosen, in the order shown."""
        raise NotImplementedError

    def filter_queryset(self, queryset: QuerySet, filters: dict) -> QuerySet:
        """Narrow `queryset` by the validated filter values ("" or None meaning "any")."""
        raise NotImplementedError

    def prepare_results(self, items: list) -> list:
        """The items of one page of results, ready for the template (e.g. with related data)."""
        return items

    def get_filtered_context(self, params: QueryDict) -> dict:
        """The filter form, whether its values are wrong, and the page of results.

        Raises:
            Http404: the page number is not a page of the results.
        """
        form = self.get_filter_form_class()(params, **self.get_filter_form_kwargs())
        if not form.is_valid():
            return {"filter_form": form, "filter_errors": True, "results_page": None}
        items = self.filter_queryset(self.get_filterable_queryset(), form.cleaned_data)
        results = paginate(items, params.get("page", "1"), per_page=self.items_per_page)
        if results is None:
            raise Http404(_("There is no such page of results."))
        results.object_list = self.prepare_results(list(results.object_list))
        return {"filter_form": form, "filter_errors": False, "results_page": results}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_filtered_context(request.GET))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", {}).get("filter_errors"):
            response.status_code = 400
        return response
