"""Scale benchmarks of Diaspora Grants: `python -m bench` (see README.md)."""
