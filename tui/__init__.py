"""The Textual review app and the ``attribution-review`` command line."""
