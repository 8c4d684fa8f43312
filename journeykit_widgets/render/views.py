"""The view registry, as ``render`` names it: ``render.VIEWS`` and ``render.view``
are ``journeykit_widgets.views`` (kept outside ``render`` so that the CLI and the
package can read it without loading matplotlib)."""

from journeykit_widgets.views import VIEWS, View, register, report_views, view, view_names

__all__ = ["VIEWS", "View", "register", "report_views", "view", "view_names"]
