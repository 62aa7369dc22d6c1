"""Districts and topics: the shared vocabulary that projects, councillors and surveys use.

Both are translatable snippets. Their slugs are synchronised across locales,
so a filter address such as `?district=zwierzyniec` means the same district
under /pl/, /en/ and /uk/.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Kraków has 18 districts, numbered with Roman numerals.
DISTRICT_COUNT = 18
ROMAN_NUMERALS = ("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII").split()


def roman_numeral(number):
    """The Roman numeral of a district number (1–18)."""
    return ROMAN_NUMERALS[number - 1]


class Term(TranslatableMixin, index.Indexed, models.Model):
    """An entry of the shared vocabulary: a name in each language, one slug in all.

    The slug is kept in sync across translations, so filter addresses are
    the same in every language version of the site.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_%(class)s_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name


class District(Term):
    """One of Kraków's 18 districts, which projects, councillors and surveys refer to."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1), MaxValueValidator(DISTRICT_COUNT)],
        help_text=_("The district's number, shown as a Roman numeral."),
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("slug", help_text=_("Used in filter addresses, e.g. ?district=podgorze.")),
    ]
    translatable_fields = [SynchronizedField("number"), *Term.translatable_fields]

    class Meta(Term.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"], name="unique_district_number_per_locale"
            ),
            *Term.Meta.constraints,
        ]

    def __str__(self):
        return self.title

    @property
    def numeral(self):
        return roman_numeral(self.number)

    @property
    def title(self):
        """E.g. "Dzielnica VII Zwierzyniec", in the language of the page showing it."""
        return _("District %(numeral)s %(name)s") % {"numeral": self.numeral, "name": self.name}


class Topic(Term):
    """A subject projects are filed under, e.g. transport or greenery."""

    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug", help_text=_("Used in filter addresses, e.g. ?topic=transport.")),
        FieldPanel("description"),
    ]
    translatable_fields = [*Term.translatable_fields, TranslatableField("description")]

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
