"""``python -m corpus`` is the ``corpus`` command."""

from corpus.cli import main

main()
