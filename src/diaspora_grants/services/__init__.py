"""Use cases: the only API the GUI and the CLI call. Each returns plain frozen data."""
