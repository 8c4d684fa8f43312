"""``python -m journeykit_widgets`` does what the ``journeykit`` command does."""

from journeykit_widgets.cli import main

raise SystemExit(main())
