from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CallToActionValue(blocks.StructValue):
    def url(self):
        """The link target: the chosen page in the reader's language, if it is live."""
        page = self.get("page")
        if page is None:
            return self.get("external_url") or ""
        page = page.localized
        return page.url if page.live else ""


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation to act, linking to a page or an address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_label = blocks.CharBlock(
        label=_("Button label"),
        max_length=60,
        help_text=_("Say where the link leads, e.g. 'Sign up for the workshop'."),
    )
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or enter an address, not both.")),
                }
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        value_class = CallToActionValue
        preview_value = {
            "title": _("Have an idea for your district?"),
            "text": _("Submit it before the end of the month."),
            "button_label": _("Submit an idea"),
            "external_url": "https://example.org/",
        }
        description = _("A highlighted box with a button.")
