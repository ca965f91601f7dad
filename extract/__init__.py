"""Attribution extraction: a pure function from sentence text to proposed attributions.

No I/O, no SQL, no Textual: the store calls it at import time, the CLI's ``extract`` command
streams lines through it, and both get the same answer for the same text and registry.
"""

from extract.model import Attribution
from extract.registry import Registry, Source, bundled_registry, load_registry
from extract.rules import extract

__all__ = ["Attribution", "Registry", "Source", "bundled_registry", "extract", "load_registry"]
