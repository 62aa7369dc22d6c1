"""Site-wide settings edited in the admin: the footer's contact details and links."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
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

    def social_links(self):
        """(label, url) pairs of the social profiles that are filled in."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in links if url]
