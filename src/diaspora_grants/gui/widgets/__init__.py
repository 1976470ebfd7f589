"""Reusable input widgets: pickers for countries, enums and dates, and marked form fields."""
