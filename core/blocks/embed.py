from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock


class AccessibleEmbedBlock(blocks.StructBlock):
    """An embedded video or map with the title assistive technology announces."""

    embed = EmbedBlock(label=_("Address of the video"), max_width=960)
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Describes the embedded content for screen-reader users."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"),
        required=False,
        features=["bold", "italic", "link"],
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed.html"
        preview_value = {"title": _("A recording of the district debate")}
        description = _("A video from YouTube or Vimeo, with a title and a transcript.")
