"""/healthz: whether this process can reach its database and its cache, for load balancers.

The answer is JSON, `{"status", "database", "cache"}`, each "ok" or "fail",
with 200 when both parts work and 503 otherwise. It names no host, version
or error: anyone can ask, so it tells no more than "up" or "down".

Load balancers probe a backend by its own address, often over plain HTTP and
with that address as Host. HealthCheckMiddleware therefore answers the
probe before anything can turn it away: the host check of ALLOWED_HOSTS, the
HTTPS redirect, the language prefix and the session never see it.
"""

import uuid

from django.core.cache import cache
from django.db import Error as DatabaseDriverError
from django.db import connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

PATH = "/healthz"


def database_ok():
    """Whether a query reaches the database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseDriverError:
        # OperationalError (server gone) and InterfaceError (connection closed) alike.
        return False


def cache_ok():
    """Whether a value written to the cache can be read back.

    A round trip rather than a ping: the fail-open cache (core.cache) turns a
    dead Redis into quiet misses, which only a read-back notices.
    """
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    answered = cache.get(key) == "ok"
    cache.delete(key)
    return answered


@transaction.non_atomic_requests
@require_safe
@never_cache
def healthz(request):
    """200 when the database and the cache both answer, 503 otherwise; GET and HEAD only."""
    checks = {
        "database": "ok" if database_ok() else "fail",
        "cache": "ok" if cache_ok() else "fail",
    }
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "fail", **checks}, status=200 if healthy else 503
    )
    # Never in a search engine's index, whatever finds the address.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class HealthCheckMiddleware:
    """Answers /healthz itself; first in MIDDLEWARE, so nothing before it can redirect or refuse.

    The route in config/urls.py names the same view, for reverse() and for a
    stack without this middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH:
            return healthz(request)
        return self.get_response(request)
