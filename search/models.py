"""One row per search a resident ran: the query statistics of the admin.

A row is one INSERT on the search page (no read, no lock, no update of a
shared counter), so counting never slows the page down or makes two
searches wait for each other; the report adds the rows up. Nothing about
the resident is stored: no address, no user, no time of day.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

STATISTICS_PERMISSION = "search.view_search_statistics"


class SearchRecord(models.Model):
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    # Lower-cased, spaces collapsed: "Budżet " and "budżet" are one query.
    query = models.CharField(_("query"), max_length=200)
    result_count = models.PositiveIntegerField(_("number of results"))
    searched_on = models.DateField(_("date"), default=timezone.localdate)

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")
        # Only the report reads these rows; no add/change/delete in the admin.
        default_permissions = ()
        permissions = [("view_search_statistics", _("Can view search statistics"))]
        indexes = [models.Index(fields=["locale", "searched_on"], name="search_record_locale_day")]

    def __str__(self):
        return self.query
