"""Listing pages run the same number of queries whatever the number of items."""

import pytest

from pages.models import HomePageFeaturedItem
from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.queries import query_count

pytestmark = pytest.mark.django_db


def add_news(news_index, count):
    for _ in range(count):
        NewsPageFactory(parent=news_index)


def add_featured(home, count):
    for _ in range(count):
        page = ContentPageFactory(parent=home)
        HomePageFeaturedItem.objects.create(home_page=home, page=page, locale=home.locale)


def test_news_index_queries_do_not_grow_with_news(client, home_pl):
    news_index = NewsIndexPageFactory(parent=home_pl)
    add_news(news_index, 2)
    few = query_count(client, news_index.url)
    add_news(news_index, 8)
    many = query_count(client, news_index.url)
    assert few == many


def test_home_page_queries_do_not_grow_with_featured_items_and_news(client, home_pl):
    news_index = NewsIndexPageFactory(parent=home_pl)
    add_news(news_index, 1)
    add_featured(home_pl, 1)
    few = query_count(client, home_pl.url)
    add_news(news_index, 5)
    add_featured(home_pl, 5)
    many = query_count(client, home_pl.url)
    assert few == many
