"""Entry point of the PyInstaller bundle: the same `main` as the `clubdesk` console script."""

import sys

from clubdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
