"""Who may frame the widgets, the site's embedding policy, and the daily counts per origin.

- `WidgetRegistration` (a snippet): a partner organisation's website origins
  that may frame every widget, including those not open to everyone.
- `WidgetSettings` (site settings, "Widgets"): whether origins nobody
  registered may frame the lists (on by default) and the surveys (off).
- `WidgetDailyStat`: impressions and submissions per day, widget and
  embedding origin (scheme://host[:port]); nothing about the visitor.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# scheme://host[:port], nothing else: what CSP frame-ancestors and Origin compare.
ORIGIN_PATTERN = re.compile(r"^https?://[a-z0-9.-]+(:\d{1,5})?$")


class WidgetKind(models.TextChoices):
    SURVEY = "survey", _("Survey")
    PROJECTS = "projects", _("Project list")
    EVENTS = "events", _("Upcoming events")
    NEWS = "news", _("Latest news")
    PROJECT = "project", _("Project card")


# Lists are open to any site by default; surveys take answers, so only registered sites.
LIST_KINDS = frozenset(
    {WidgetKind.PROJECTS, WidgetKind.EVENTS, WidgetKind.NEWS, WidgetKind.PROJECT}
)


def parse_origins(text: str) -> list[str]:
    """The origins in `text`, one per line (blank lines ignored), lower-cased.

    Raises:
        ValidationError: a line that is not scheme://host[:port] (a path, a
            query, a wildcard, another scheme), naming the line.
    """
    origins = []
    for line in (text or "").splitlines():
        value = line.strip().lower().rstrip("/")
        if not value:
            continue
        parts = urlsplit(value) if ORIGIN_PATTERN.match(value) else None
        port_ok = parts is not None and (parts.port is None or 0 < parts.port < 65536)
        if parts is None or not port_ok:
            raise ValidationError(
                _("“%(value)s” is not an origin: write scheme://host or scheme://host:port."),
                params={"value": line.strip()[:200]},
                code="invalid_origin",
            )
        origins.append(value)
    return origins


class WidgetRegistration(models.Model):
    """A partner's website(s) allowed to frame every widget."""

    name = models.CharField(_("Name"), max_length=200)
    partner = models.ForeignKey(
        "projects.PartnerPage",
        verbose_name=_("Partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="widget_registrations",
    )
    origins = models.TextField(
        _("Allowed origins"),
        help_text=_(
            "One per line, e.g. https://www.example.org or https://example.org:8443 "
            "(no path, no slash at the end)."
        ),
    )
    active = models.BooleanField(_("Active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("partner"),
        FieldPanel("origins"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("Widget registration")
        verbose_name_plural = _("Widget registrations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        try:
            self.origins = "\n".join(parse_origins(self.origins))
        except ValidationError as error:
            raise ValidationError({"origins": error}) from None
        if not self.origins:
            raise ValidationError({"origins": _("Give at least one origin.")})

    def origin_list(self) -> list[str]:
        return [line for line in self.origins.splitlines() if line]


@register_setting(icon="code")
class WidgetSettings(BaseSiteSetting):
    """Whether websites nobody registered may frame the widgets ("open embedding")."""

    open_lists = models.BooleanField(
        _("Any website may embed lists and project cards"),
        default=True,
        help_text=_("Projects, events and news are public; registered websites may always."),
    )
    open_surveys = models.BooleanField(
        _("Any website may embed surveys"),
        default=False,
        help_text=_("Off: only the websites of registered partners may show a survey."),
    )

    panels = [FieldPanel("open_lists"), FieldPanel("open_surveys")]

    class Meta:
        verbose_name = _("Widgets")


class WidgetDailyStat(models.Model):
    """How often one widget was shown and answered on one website on one day.

    One row per (day, kind, object, origin), incremented in one statement
    (widgets.stats); no visitor is identified.
    """

    day = models.DateField(_("Day"))
    kind = models.CharField(_("Widget"), max_length=20, choices=WidgetKind.choices)
    # The page shown (survey, project) or 0 for lists, so the unique key has no NULL.
    object_id = models.PositiveIntegerField(_("Page"), default=0)
    origin = models.CharField(_("Website"), max_length=255)
    impressions = models.PositiveIntegerField(_("Impressions"), default=0)
    submissions = models.PositiveIntegerField(_("Submissions"), default=0)

    class Meta:
        verbose_name = _("Widget statistic")
        verbose_name_plural = _("Widget statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "kind", "object_id", "origin"], name="widgets_one_row_per_day"
            )
        ]
        indexes = [models.Index(fields=["origin", "day"])]

    def __str__(self):
        return f"{self.day} {self.kind} {self.origin}"
