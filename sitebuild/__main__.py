"""Entry point for `python -m sitebuild`."""

import sys

from .cli import main

sys.exit(main())
