"""Defaults shared by the CLI, the config file and the flow (imports nothing of Prefect)."""

DEFAULT_BATCH_SIZE = 250
DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_DOCUMENT_SECONDS = 60.0  # decode, repair and extract one document; real ones: ~10 ms
TASK_RUNNERS = ("processes", "threads", "dask")
MAX_WORKERS = 256  # more would only exhaust the machine: each worker is a process
DEFAULT_TASK_RUNNER = "processes"
DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "UTC"
