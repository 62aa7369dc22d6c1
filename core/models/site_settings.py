"""Site-wide settings edited in the admin: the footer's contact details and links, the menu."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and policy links shown in the footer of every page.

    Values are the same in every language (an address or a phone number
    does not change); the linked pages are shown in the reader's language.
    """

    office_name = models.CharField(
        verbose_name=_("Office name"),
        max_length=200,
        default="Biuro ds. Partycypacji Społecznej",
    )
    # One field per further language: the name is short, and a field per
    # language keeps the settings form one page that any editor can fill in.
    office_name_en = models.CharField(
        verbose_name=_("Office name in English"),
        max_length=200,
        blank=True,
        help_text=_("Shown on English pages and in their titles; empty: the Polish name."),
    )
    office_name_uk = models.CharField(
        verbose_name=_("Office name in Ukrainian"),
        max_length=200,
        blank=True,
        help_text=_("Shown on Ukrainian pages and in their titles; empty: the Polish name."),
    )
    address = models.TextField(verbose_name=_("Postal address"), blank=True)
    phone = models.CharField(verbose_name=_("Phone"), max_length=40, blank=True)
    email = models.EmailField(verbose_name=_("E-mail"), blank=True)
    facebook_url = models.URLField(verbose_name=_("Facebook"), blank=True)
    instagram_url = models.URLField(verbose_name=_("Instagram"), blank=True)
    youtube_url = models.URLField(verbose_name=_("YouTube"), blank=True)
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_policy = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    navigation = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page"), icon="link"))],
        verbose_name=_("Main navigation"),
        blank=True,
        help_text=_(
            "The sections in the main navigation, in this order; each is shown in the reader's "
            "language. Empty: the home page's children marked 'Show in menus'."
        ),
    )

    panels = [
        FieldPanel("navigation"),
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("office_name_en"),
                FieldPanel("office_name_uk"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_statement"), FieldPanel("privacy_policy")],
            heading=_("Policies"),
        ),
    ]

    class Meta:
        verbose_name = _("Site settings")

    def office_name_in(self, language_code: str) -> tuple[str, str]:
        """The office name in a language and the language it is written in.

        Args:
            language_code: "pl", "en" or "uk".

        Returns:
            (name, language code of the name): the Polish name when there is
            no translation, so that templates can mark its language.
        """
        translated = getattr(self, f"office_name_{language_code}", "")
        if translated and language_code != settings.LANGUAGE_CODE:
            return translated, language_code
        return self.office_name, settings.LANGUAGE_CODE

    def navigation_page_ids(self) -> list[int]:
        """The ids of the pages chosen for the main navigation, in the editor's order."""
        ids = []
        for item in self.navigation.raw_data:
            page_id = item.get("value")
            if isinstance(page_id, int) and page_id not in ids:
                ids.append(page_id)
        return ids

    def social_links(self):
        """(label, url) pairs of the social profiles that are filled in."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in links if url]
