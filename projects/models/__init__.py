"""Participation projects and the partner organisations that run or fund them."""

from .partners import OrganisationType, PartnerIndexPage, PartnerPage
from .projects import (
    PartnerRole,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectRelatedPage,
)

__all__ = [
    "OrganisationType",
    "PartnerIndexPage",
    "PartnerPage",
    "PartnerRole",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectRelatedPage",
]
