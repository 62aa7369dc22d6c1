import datetime

import pytest

from tests.projects.factories import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
    district,
)

# The status depends on today's month; these periods are far from it on purpose.
PAST = (datetime.date(2019, 1, 1), datetime.date(2020, 6, 1))
CURRENT = (datetime.date(2021, 11, 1), datetime.date(2099, 4, 1))
FUTURE = (datetime.date(2098, 1, 1), datetime.date(2099, 12, 1))


@pytest.fixture
def project_index(home_pl):
    return ProjectIndexPageFactory(parent=home_pl)


@pytest.fixture
def partner_index(home_pl):
    return PartnerIndexPageFactory(parent=home_pl)


@pytest.fixture
def topics(db):
    return {
        "budget": TopicFactory(name="Budżet obywatelski", slug="budzet-obywatelski"),
        "environment": TopicFactory(name="Środowisko", slug="srodowisko"),
    }


@pytest.fixture
def projects(project_index, topics):
    """Five projects across statuses, districts and topics, keyed by a short name."""

    def make(title, period, districts, project_topics):
        start, end = period
        return ProjectPageFactory(
            parent=project_index,
            title=title,
            start_month=start,
            end_month=end,
            districts=[district(slug) for slug in districts],
            topics=[topics[name] for name in project_topics],
        )

    return {
        "forum": make("Forum Podgórza", CURRENT, ["podgorze"], ["budget"]),
        "parks": make("Parki Zwierzyńca", CURRENT, ["zwierzyniec"], ["environment"]),
        "academy": make("Akademia liderów", FUTURE, ["podgorze", "nowa-huta"], ["budget"]),
        "count": make("Dzielnice się liczą", PAST, ["zwierzyniec"], ["budget"]),
        "trees": make("Drzewa Nowej Huty", PAST, ["nowa-huta"], ["environment"]),
    }


@pytest.fixture
def partner(partner_index):
    return PartnerPageFactory(parent=partner_index, title="Fundacja Dialog", slug="dialog")
