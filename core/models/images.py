"""One main image with its text alternative, shared by news, projects and councillors."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.images import ALT_TEXT_HELP, MISSING_DESCRIPTION, text_alternative


class ImageWithAltText(models.Model):
    """A main image, its alternative text (translated) and a 'decorative' flag.

    The alternative text is written for this use of the image and translated
    with the page or snippet; when it is empty, the image's own description
    is used. An image that adds nothing to the text may be marked decorative
    and then gets an empty `alt` (WCAG 1.1.1); any other image must be
    described, here or in the image library.
    """

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt_text = models.CharField(
        verbose_name=_("Alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=ALT_TEXT_HELP,
    )
    image_is_decorative = models.BooleanField(
        verbose_name=_("The image is decorative"),
        default=False,
        help_text=_("Only when the image adds nothing to the text: screen readers then skip it."),
    )

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt_text"), FieldPanel("image_is_decorative")],
            heading=_("Main image"),
        )
    ]
    image_translatable_fields = [
        SynchronizedField("image"),
        TranslatableField("image_alt_text"),
        SynchronizedField("image_is_decorative"),
    ]

    class Meta:
        abstract = True

    @property
    def image_alt(self) -> str:
        """The `alt` of the main image in this object's language ("" when decorative)."""
        if self.image_is_decorative:
            return ""
        return text_alternative(self.image, self.image_alt_text)

    def clean(self):
        super().clean()
        if self.image and not self.image_is_decorative and not self.image_alt:
            raise ValidationError({"image_alt_text": MISSING_DESCRIPTION})
