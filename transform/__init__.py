"""Transform: raw bytes to clean text to typed records. Pure functions, no I/O, no Prefect."""

from transform.release import clean_document, extract_release, extractor_version

__all__ = ["clean_document", "extract_release", "extractor_version"]
