"""Flows: Prefect wiring of extract -> transform -> load, and the `biopress` CLI."""
