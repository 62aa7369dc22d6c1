"""Production settings for the benchmarks, with the two changes they need.

The survey rate limits (surveys.spam: 30 sent surveys per address per hour)
are constants, not settings, so they cannot be raised here. Instead the
load generator behaves like residents behind the office's reverse proxy:
each simulated resident sends from its own address in X-Forwarded-For,
which the production code trusts when TRUSTED_PROXY_COUNT is 1.
"""

from config.settings.production import *  # noqa: F403

TRUSTED_PROXY_COUNT = 1

# Uploaded images, which a proxy serves in production (benchmarks/urls.py).
ROOT_URLCONF = "benchmarks.urls"
