"""The native, editable PowerPoint deck's parts: the frame every slide shares
(``layout``: theme fonts, title placeholder, slide number, notes), text measured
with the font's metrics (``text_fit``), the journey map as tables
(``map_slides``) and the report's charts as native charts (``charts``).
``handouts.slides`` puts them together."""
