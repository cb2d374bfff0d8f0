"""``python -m foedus``: the command-line interface."""

from foedus.cli import main

if __name__ == "__main__":
    main()
