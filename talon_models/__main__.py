"""``python -m talon_models``: the ``talon-models`` command."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m talon_models"))
