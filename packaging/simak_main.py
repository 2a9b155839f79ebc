"""Entry script for the PyInstaller bundle: the same `main` the `simak` console script runs."""

import sys

from simak.cli import main

if __name__ == "__main__":
    sys.exit(main())
