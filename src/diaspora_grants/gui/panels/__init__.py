"""Panels of child records (a project's budget, tranches, ...; a partner's contacts) under a page."""
