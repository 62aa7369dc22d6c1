"""Councillors of the district councils: a translatable snippet with duty hours."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import ImageWithAltText
from core.text_analysis import ELASTICSEARCH_LEMMA_MAPPING, analyse_text

PHOTO_ALT_TEXT_HELP = _(
    "What the photo shows, e.g. 'Anna Kowalska smiling, in front of the office'."
)


class CouncillorRole(models.TextChoices):
    CHAIR = "chair", _("Chair of the council")
    DEPUTY_CHAIR = "deputy_chair", _("Deputy chair")
    MEMBER = "member", _("Councillor")


class Weekday(models.TextChoices):
    MONDAY = "1", _("Monday")
    TUESDAY = "2", _("Tuesday")
    WEDNESDAY = "3", _("Wednesday")
    THURSDAY = "4", _("Thursday")
    FRIDAY = "5", _("Friday")
    SATURDAY = "6", _("Saturday")
    SUNDAY = "7", _("Sunday")


class DutyHourValue(blocks.StructValue):
    def weekday_name(self):
        return Weekday(self.get("weekday")).label


class DutyHourBlock(blocks.StructBlock):
    """When and where residents can meet a councillor without an appointment."""

    weekday = blocks.ChoiceBlock(label=_("Weekday"), choices=Weekday.choices)
    start = blocks.TimeBlock(label=_("From"))
    end = blocks.TimeBlock(label=_("To"))
    place = blocks.CharBlock(
        label=_("Place"), max_length=200, help_text=_("E.g. the council office, room 12.")
    )

    class Meta:
        icon = "time"
        label = _("Duty hours")
        template = "campaigns/blocks/duty_hour.html"
        value_class = DutyHourValue
        preview_value = {
            "weekday": "2",
            "start": "16:00",
            "end": "18:00",
            "place": _("District council office, room 12"),
        }
        description = _("A weekly time when residents can meet the councillor.")

    def clean(self, value):
        value = super().clean(value)
        if value["end"] <= value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ValidationError(_("Duty hours must end after they start."))}
            )
        return value


class CouncillorQuerySet(models.QuerySet):
    def of_district(self, district, locale):
        """The councillors of a district in `locale`, in the editors' order.

        `district` may be any language version of the district. Photos and
        their renditions come in two extra queries for the whole list.
        """
        return (
            self.filter(locale=locale, district__translation_key=district.translation_key)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("sort_order", "name", "pk")
        )


class Councillor(ImageWithAltText, TranslatableMixin, index.Indexed, models.Model):
    """A member of a district council, as residents meet them on the campaign pages.

    The main image is the councillor's photo.
    """

    name = models.CharField(_("name"), max_length=120)
    district = models.ForeignKey(
        "taxonomies.District",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="councillors",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=CouncillorRole.choices, default=CouncillorRole.MEMBER
    )
    committees = models.TextField(
        _("committees"), blank=True, help_text=_("One committee per line.")
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=800)
    duty_hours = StreamField(
        [("duty_hour", DutyHourBlock())], verbose_name=_("duty hours"), blank=True
    )
    email = models.EmailField(_("contact e-mail"), blank=True)
    sort_order = models.PositiveIntegerField(
        _("order in the district"),
        default=0,
        help_text=_("Councillors of a district are listed from the lowest number."),
    )

    objects = CouncillorQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("district"),
        FieldPanel("role"),
        FieldPanel("sort_order"),
        # The image fields of ImageWithAltText, labelled for a portrait.
        MultiFieldPanel(
            [
                FieldPanel("image", heading=_("Photo")),
                FieldPanel(
                    "image_alt_text",
                    heading=capfirst(_("alternative text of the photo")),
                    help_text=PHOTO_ALT_TEXT_HELP,
                ),
                FieldPanel("image_is_decorative"),
            ],
            heading=_("Photo"),
        ),
        FieldPanel("committees"),
        FieldPanel("bio"),
        FieldPanel("duty_hours"),
        FieldPanel("email"),
    ]

    translatable_fields = [
        # A name is the same in every language version.
        SynchronizedField("name"),
        *ImageWithAltText.image_translatable_fields,
        SynchronizedField("district"),
        SynchronizedField("role"),
        TranslatableField("committees"),
        TranslatableField("bio"),
        TranslatableField("duty_hours"),
        SynchronizedField("email"),
        SynchronizedField("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("committees"),
        index.SearchField("bio"),
        index.SearchField("search_lemmas", es_extra=ELASTICSEARCH_LEMMA_MAPPING),
        index.FilterField("locale"),
        index.FilterField("district"),
        index.FilterField("role"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("councillor")
        verbose_name_plural = _("councillors")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def search_lemmas(self) -> str:
        """Name, district, committees and bio as lemmas of the councillor's language (search)."""
        district = self.district.get_translation_or_none(self.locale) or self.district
        text = "\n".join([self.name, str(district), self.committees, self.bio])
        return analyse_text(text, self.locale.language_code)

    @property
    def committee_list(self):
        return [line.strip() for line in self.committees.splitlines() if line.strip()]
