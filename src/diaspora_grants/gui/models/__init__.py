"""Table models: plain rows from the services shown in QTableViews, sorted in the model or in SQL."""
