"""Imported by the worker processes' fork server (flows/batches.py, worker_context): builds
every matcher of the extraction once, before any worker is forked from it."""

from flows.batches import warm_worker

warm_worker()
