"""Lighthouse audits (python -m benchmarks.lighthouse): see __main__.py."""
