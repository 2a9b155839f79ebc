"""SQLite storage. Pure Python: never imports Qt."""
