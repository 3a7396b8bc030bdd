"""``python -m talon_models``: the ``talon-models`` command."""

import sys

from ._cli import main

if __name__ == "__main__":
    # The package's name as it was run: a vendored copy is python -m yourpkg._vendor.talon_models.
    sys.exit(main(prog="python -m " + (__package__ or "talon_models")))
