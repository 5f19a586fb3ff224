"""The bundle's entry point (build.spec): the same ``main`` as the ``caseapp`` command."""

import sys

from caseapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
