"""The Jupyter server settings of the workshop, in one place for every way it runs.

``journeykit start`` passes them on the command line (``arguments()``); the hub's
image and Binder read the same settings from ``deploy/jupyter_server_config.json``
(a test keeps that file equal to ``SERVER_CONFIG``):

- a saved notebook keeps a friendly "run this cell" line instead of dead widget
  views and widget state (``journeykit_widgets.notebook_save``);
- at most three kernels per server, the most recently started: the notebooks'
  "Next" links open every step in a tab of its own, and nine kernels of about
  150 MB each would not fit the hub's sizing (``journeykit_widgets.kernel_budget``);
- kernels no tab is connected to any more (a closed notebook tab leaves its kernel
  running) are shut down after half an hour idle. Kernels with an open tab are
  left to the budget above: their forms may hold typing.
"""

from __future__ import annotations

import json

SERVER_CONFIG: dict[str, dict] = {
    "ServerApp": {"jpserver_extensions": {"journeykit_widgets.kernel_budget": True}},
    "KernelBudget": {"keep": 3},
    "ContentsManager": {"pre_save_hook": "journeykit_widgets.notebook_save.pre_save"},
    "MappingKernelManager": {"cull_idle_timeout": 1800, "cull_interval": 120, "cull_connected": False},
}


def arguments(config: dict[str, dict] = SERVER_CONFIG) -> tuple[str, ...]:
    """``SERVER_CONFIG`` as command-line options (a dict trait as ``name=value``)."""
    options = []
    for section, traits in config.items():
        for trait, value in traits.items():
            if isinstance(value, dict):
                options += [f"--{section}.{trait}={key}={item}" for key, item in value.items()]
            else:
                options.append(f"--{section}.{trait}={value}")
    return tuple(options)


def config_text() -> str:
    """The text of ``deploy/jupyter_server_config.json``."""
    return json.dumps(SERVER_CONFIG, indent=2) + "\n"
