"""Load: typed records to Parquet (parquet.py), Parquet to DuckDB (warehouse.py), snapshots of
what the warehouse knows (snapshots.py), quality checks, views, publishing and the report.

Import from the modules: importing this package loads neither DuckDB nor pyarrow, so worker
processes that only write Parquet stay small.
"""
