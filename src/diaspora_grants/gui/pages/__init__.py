"""One widget per area of the window; each asks services for plain data and shows it."""
