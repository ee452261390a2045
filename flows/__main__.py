"""`python -m flows` is the same entry point as the `biopress` console script."""

import sys

from flows.cli import main

sys.exit(main())
