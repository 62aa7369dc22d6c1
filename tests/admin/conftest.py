import pytest

from tests.factories import SuperUserFactory


@pytest.fixture
def admin_client(client, db):
    """A superuser signed in to the admin (no authenticator enrolled, so no second step)."""
    client.force_login(SuperUserFactory())
    return client
