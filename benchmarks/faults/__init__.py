"""The fault benchmark: see benchmarks/faults/__main__.py."""
