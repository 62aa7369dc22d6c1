"""Query statistics: each search counted once per language, shown to holders of the permission."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from search.models import SearchRecord
from tests.factories import ContentPageFactory, EditorFactory

pytestmark = pytest.mark.django_db

STATISTICS = "/admin/search-statistics/"


@pytest.fixture
def searches(client, homes):
    page = ContentPageFactory(parent=homes["pl"], title="Budżet obywatelski", lead="Głosowanie.")
    page.save_revision().publish()
    for query in ("Budżet", "budżet ", "budżetu", "=HYPERLINK(1)", "nic takiego"):
        client.get("/pl/szukaj/", {"query": query})
    client.get("/uk/poshuk/", {"query": "бюджет"})
    return page


@pytest.fixture
def statistician(client):
    user = EditorFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_search_statistics"))
    # The admin speaks Polish unless an editor chose otherwise: this one reads English.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_each_search_is_one_insert_and_autocomplete_is_not_counted(client, searches):
    with CaptureQueriesContext(connection) as queries:
        client.get("/pl/szukaj/", {"query": "budżet"})
    writes = [query["sql"] for query in queries if query["sql"].startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 1
    assert "search_searchrecord" in writes[0]

    client.get("/pl/search/autocomplete/", {"query": "budż"})
    client.get("/pl/szukaj/", {"query": ""})
    client.get("/pl/szukaj/", {"query": "budżet", "page": "2"})
    polish = SearchRecord.objects.filter(locale__language_code="pl")
    assert polish.count() == 6
    assert set(polish.values_list("query", flat=True)) == {
        "budżet",
        "budżetu",
        "=hyperlink(1)",
        "nic takiego",
    }
    assert polish.get(query="nic takiego").result_count == 0


def test_popular_queries_and_queries_without_results_per_language(statistician, searches):
    response = statistician.get(STATISTICS, {"language": "pl"})

    assert response.status_code == 200
    popular = [(row["query"], row["searches"]) for row in response.context["popular"]]
    assert popular[0] == ("budżet", 2)
    assert ("бюджет", 1) not in popular
    without = [row["query"] for row in response.context["without_results"]]
    assert "nic takiego" in without
    assert "budżet" not in without

    ukrainian = statistician.get(STATISTICS, {"language": "uk"})
    assert [row["query"] for row in ukrainian.context["popular"]] == ["бюджет"]


def test_csv_export_of_each_list_is_neutralised(statistician, searches):
    response = statistician.get(f"{STATISTICS}export/", {"language": "pl"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "popular-queries-pl-" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == ["Query", "Searches", "Last searched"]
    assert rows[1][:2] == ["budżet", "2"]
    assert ["'=hyperlink(1)", "1"] == next(row[:2] for row in rows if "hyperlink" in row[0])

    empty = statistician.get(f"{STATISTICS}export/", {"language": "pl", "without_results": "1"})
    queries = [row[0] for row in csv_rows(empty)[1:]]
    assert "nic takiego" in queries
    assert "budżet" not in queries


def test_date_range_and_bad_filters(statistician, searches):
    response = statistician.get(STATISTICS, {"language": "pl", "date_to": "2000-01-01"})
    assert response.context["popular"] == []
    assert "No searches in this period." in response.content.decode()

    response = statistician.get(STATISTICS, {"language": "xx", "date_from": "nonsense"})
    assert response.status_code == 200


def test_editors_without_the_permission_get_403(client, searches):
    client.force_login(EditorFactory())

    assert client.get(STATISTICS).status_code == 403
    assert client.get(f"{STATISTICS}export/").status_code == 403
    assert "search-statistics" not in client.get("/admin/").content.decode()


def test_the_reports_menu_offers_the_statistics_to_holders(statistician):
    assert "/admin/search-statistics/" in statistician.get("/admin/").content.decode()


def test_counted_searches_older_than_the_retention_period_are_purged(client, searches, settings):
    settings.SEARCH_STATISTICS_RETENTION_DAYS = 30
    old = SearchRecord.objects.order_by("pk").first()
    SearchRecord.objects.filter(pk=old.pk).update(
        searched_on=timezone.localdate() - datetime.timedelta(days=31)
    )
    kept = SearchRecord.objects.count() - 1
    out = io.StringIO()

    call_command("purge_search_statistics", stdout=out)

    assert "1 searches older than 30 days deleted." in out.getvalue()
    assert not SearchRecord.objects.filter(pk=old.pk).exists()
    assert SearchRecord.objects.count() == kept
