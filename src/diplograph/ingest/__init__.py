"""Ingest: files to normalised documents with metadata."""

from .documents import Limits, build_document, discover, find_dateline, read_documents
from .file_types import Extracted

__all__ = ["Extracted", "Limits", "build_document", "discover", "find_dateline", "read_documents"]
