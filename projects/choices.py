"""The fixed vocabularies of partners: what kind of organisation, what part in a project.

They live apart from the models so the filter forms, which the index pages
import, can use them without importing the models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    NGO = "ngo", _("Non-governmental organisation")
    PUBLIC_INSTITUTION = "public", _("Public institution")
    FOREIGN_PARTNER = "foreign", _("Foreign partner")
    FUNDER = "funder", _("Funder")
    BUSINESS = "business", _("Business")
    INFORMAL_GROUP = "informal", _("Informal group")


class PartnerRole(models.TextChoices):
    LEADER = "leader", _("Leader")
    PARTNER = "partner", _("Partner")
    FUNDER = "funder", _("Funder")
