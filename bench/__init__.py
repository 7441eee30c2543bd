"""Benchmarks of Incident Desk at city and prefecture scale (`make bench` runs bench/run.py)."""
