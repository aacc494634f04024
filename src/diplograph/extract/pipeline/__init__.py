"""The sentence pipeline: passes registered by name, run in the config's
order over one typed state per sentence (see state.py and
docs/architecture.md)."""

from .extractor import Extractor, PassError, pass_names
from .state import DocumentState, Pass, SentenceState, Tools, register_pass

__all__ = [
    "DocumentState",
    "Extractor",
    "Pass",
    "PassError",
    "SentenceState",
    "Tools",
    "pass_names",
    "register_pass",
]
