"""Transform: raw bytes to clean text to typed records. Pure functions, no I/O, no Prefect."""

from transform.release import CleanText, clean_document, extract_release, extractor_version

__all__ = ["CleanText", "clean_document", "extract_release", "extractor_version"]
