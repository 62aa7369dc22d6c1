"""Load benchmark (python -m benchmarks.load): see __main__.py."""
