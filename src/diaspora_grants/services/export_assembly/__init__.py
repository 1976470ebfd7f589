"""Pieces of the exports: each turns service figures into the rows of one part of a report."""
