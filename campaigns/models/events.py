"""Events of the campaigns: an index with upcoming and past events, and the events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.calendar import calendar_response, event_calendar, events_calendar
from campaigns.structured_data import event_json_ld
from core.models import BasePage
from core.pagination import paginate

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ul", "ol", "h3"]
# A calendar subscription needs the coming events and some history, not the whole archive.
FEED_EVENT_LIMIT = 200


class EventFormat(models.TextChoices):
    DEBATE = "debate", _("Debate")
    WORKSHOP = "workshop", _("Workshop")
    DISCUSSION_SESSION = "discussion_session", _("Discussion session")
    STUDY_VISIT = "study_visit", _("Study visit")
    CONFERENCE = "conference", _("Conference")
    DUTY_HOURS = "duty_hours", _("Duty hours")


class EventPageQuerySet(PageQuerySet):
    """Event lists, each one query whatever the number of events."""

    def shown_below(self, page):
        """The live, public events below `page` (an event index or a campaign page).

        The locale is read for every event (calendar language, JSON-LD), so it
        comes with them.
        """
        return self.live().public().descendant_of(page).select_related("locale")

    def upcoming(self, *, now=None):
        """The events that have not ended yet at `now` (default: now), soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, *, now=None):
        """The events that have ended at `now` (default: now), the most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def for_feed(self):
        """The events of a calendar feed: the newest FEED_EVENT_LIMIT by start date."""
        return self.order_by("-start", "-pk")[:FEED_EVENT_LIMIT]


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events at its address, past ones under past/, and a calendar feed."""

    intro = models.TextField(_("Introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["pages.HomePage", "campaigns.CampaignPage"]
    subpage_types = ["campaigns.EventPage"]

    template = "campaigns/event_index_page.html"
    social_description_field = "intro"
    items_per_page = 10

    class Meta:
        verbose_name = _("Event index")
        verbose_name_plural = _("Event indexes")

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        past = {**urls[0], "location": urls[0]["location"] + self.reverse_subpage("past")}
        return [*urls, past]

    def _render_list(self, request, events, *, showing_past):
        events_page = paginate(events, request.GET.get("page", "1"), per_page=self.items_per_page)
        if events_page is None:
            raise Http404(_("There is no such page of events."))
        return self.render(
            request, context_overrides={"events_page": events_page, "showing_past": showing_past}
        )

    @path("")
    def upcoming(self, request):
        events = EventPage.objects.shown_below(self).upcoming()
        return self._render_list(request, events, showing_past=False)

    @path("past/", name="past")
    def past(self, request):
        events = EventPage.objects.shown_below(self).past()
        return self._render_list(request, events, showing_past=True)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        events = EventPage.objects.shown_below(self).for_feed()
        calendar = events_calendar(events, request=request, name=self.title)
        return calendar_response(calendar, filename=self.slug, attachment=False)


class EventPage(RoutablePageMixin, BasePage):
    """One event: when and where, who speaks, and how to register."""

    start = models.DateTimeField(_("Start"))
    end = models.DateTimeField(_("End"))
    format = models.CharField(_("Format"), max_length=30, choices=EventFormat.choices)
    summary = models.TextField(
        _("Summary"), max_length=400, help_text=_("One or two sentences shown in event lists.")
    )
    place = models.CharField(_("Place"), max_length=200, blank=True)
    address = models.CharField(_("Address"), max_length=200, blank=True)
    online_url = models.URLField(
        _("Online link"), blank=True, help_text=_("Where to watch or join the event online.")
    )
    description = RichTextField(_("Description"), features=DESCRIPTION_FEATURES, blank=True)
    registration_url = models.URLField(_("Registration link"), blank=True)
    # After the event: where residents find what came of it.
    record_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Record or results"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "After the event: a page with its record, report or results (e.g. a news item or "
            "the results of a survey). Shown in the reader's language where it is translated."
        ),
    )
    recording_url = models.URLField(
        _("Recording"), blank=True, help_text=_("After the event: a video or audio recording.")
    )
    accessibility_information = models.TextField(
        _("Accessibility of the venue"),
        blank=True,
        max_length=800,
        help_text=_(
            "E.g. step-free entrance, induction loop, sign-language interpreter on request."
        ),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("format")],
            heading=_("When"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        InlinePanel("moderators", label=_("Moderators")),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("registration_url"),
        FieldPanel("accessibility_information"),
        MultiFieldPanel(
            [FieldPanel("record_page"), FieldPanel("recording_url")],
            heading=_("After the event"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("place"),
        index.SearchField("address"),
        index.RelatedFields("speakers", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("format"),
    ]

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("format"),
        TranslatableField("summary"),
        TranslatableField("place"),
        TranslatableField("address"),
        SynchronizedField("online_url"),
        TranslatableField("description"),
        SynchronizedField("registration_url"),
        SynchronizedField("record_page"),
        SynchronizedField("recording_url"),
        TranslatableField("accessibility_information"),
        TranslatableField("moderators"),
        TranslatableField("speakers"),
    ]

    parent_page_types = ["campaigns.EventIndexPage", "campaigns.CampaignPage"]
    subpage_types = []

    template = "campaigns/event_page.html"
    social_description_field = "summary"

    class Meta:
        verbose_name = _("Event")
        verbose_name_plural = _("Events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if not self.place and not self.online_url:
            errors["place"] = _("Give the place, the online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        """Whether the event has ended: its page then says so and offers no registration."""
        return self.end < timezone.now()

    @property
    def attendance_mode(self):
        """schema.org's eventAttendanceMode name: offline, online or mixed."""
        if self.place and self.online_url:
            return "MixedEventAttendanceMode"
        return "OnlineEventAttendanceMode" if self.online_url else "OfflineEventAttendanceMode"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The JSON-LD and the page both list the people: read them once (issue #12).
        prefetch_related_objects([self], "moderators", "speakers")
        context["json_ld"] = event_json_ld(self, request=request)
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(
            event_calendar(self, request=request), filename=self.slug, attachment=True
        )


class EventPerson(TranslatableMixin, Orderable):
    """Someone who takes part on the stage: their name and whom they represent."""

    name = models.CharField(_("Name"), max_length=120)
    affiliation = models.CharField(
        _("Affiliation"),
        max_length=200,
        blank=True,
        help_text=_("The office or organisation they represent."),
    )

    panels = [FieldPanel("name"), FieldPanel("affiliation")]
    # Names are kept as people write them; whom they represent is translated.
    translatable_fields = [SynchronizedField("name"), TranslatableField("affiliation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name


class EventModerator(EventPerson):
    page = ParentalKey(EventPage, related_name="moderators", on_delete=models.CASCADE)

    class Meta(EventPerson.Meta):
        verbose_name = _("Moderator")
        verbose_name_plural = _("Moderators")


class EventSpeaker(EventPerson):
    page = ParentalKey(EventPage, related_name="speakers", on_delete=models.CASCADE)

    class Meta(EventPerson.Meta):
        verbose_name = _("Speaker")
        verbose_name_plural = _("Speakers")
