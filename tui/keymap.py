"""User keymaps: a TOML file of ``binding id = "keys"`` that remaps the app's bindings.

Read from ``--keymap FILE`` or, without it, ``$XDG_CONFIG_HOME/attribution-review/keymap.toml``
(``~/.config`` when unset), and applied with ``App.set_keymap``, so every binding declared with
an id can be moved without touching the code. The ids are listed by the help screen (``?``).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


class KeymapError(Exception):
    """A keymap file that cannot be used; the message names the file."""


def default_keymap_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "attribution-review" / "keymap.toml"


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The keymap in ``path`` (or the default file if it exists; else empty)."""
    if path is None:
        path = default_keymap_path()
        if not path.is_file():
            return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KeymapError(f"{path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KeymapError(f"{path}: not valid TOML ({exc})") from None
    keymap: dict[str, str] = {}
    for binding_id, keys in data.items():
        if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
            keys = ",".join(keys)
        if not isinstance(keys, str) or not keys.strip():
            raise KeymapError(f"{path}: {binding_id} must be a key string such as \"x,ctrl+x\"")
        keymap[str(binding_id)] = ",".join(k.strip() for k in keys.split(","))
    return keymap
