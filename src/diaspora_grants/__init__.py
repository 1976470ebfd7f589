"""Diaspora Grants: calls, partners, projects, reach and donor reporting for diaspora grant programmes."""

__version__ = "0.1.0"
