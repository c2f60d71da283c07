"""Serving: the HTTP API (:mod:`.api`) and the dashboard's static files (``dashboard/``)."""
