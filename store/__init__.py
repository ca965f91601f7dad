"""SQLite storage: schema and migrations, importers, the review queue, decisions and export.

The store never imports Textual; the TUI never writes SQL.
"""
