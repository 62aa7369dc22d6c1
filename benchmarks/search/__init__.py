"""Search benchmark: generated pages in dedicated PostgreSQL databases, latency of searches."""
