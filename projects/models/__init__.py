"""Participation projects and the partner organisations that run or fund them."""

from .partners import PartnerIndexPage, PartnerPage
from .projects import ProjectIndexPage, ProjectPage, ProjectPartner, ProjectRelatedPage

__all__ = [
    "PartnerIndexPage",
    "PartnerPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectRelatedPage",
]
