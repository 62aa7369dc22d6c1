from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBreakBlock(blocks.StructBlock):
    """Starts a new step of a multi-step survey."""

    title = blocks.CharBlock(
        label=_("Title of the next step"),
        max_length=200,
        required=False,
        help_text=_("Shown above the questions of the step this break starts."),
    )

    class Meta:
        icon = "arrow-right-full"
        label = _("New step")
        template = "surveys/blocks/step_break.html"
        preview_value = {"title": _("Your ideas")}
        description = _("Splits the survey: the questions after it are on the next screen.")
