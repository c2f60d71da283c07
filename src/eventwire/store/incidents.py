"""Incidents: one happening, many reports.

Counting reports instead of events inflates event data: ten outlets covering one abduction are
one incident, not ten. ``cluster(events)`` links event records (``Event`` or the JSON dict of
``Event.to_dict()``) from any number of articles into :class:`Incident` objects, each with its
reports, its first report and its count of independent outlets. Within one article, a headline
and its lead collapse the same way.

Two reports are the same incident when

* they have the same PLOVER category (and the same negation; modes must agree when both are set);
* their actors are compatible: the same knowledge-base id, or, for an actor the knowledge base
  does not know, the same country and sector family ("an Iraqi militia" fits Kataib Hezbollah);
  the same for recipients; a side nobody named fits anything;
* their places are compatible (with every place the incident's reports named): the same
  country, and within a distance that depends on the coarser precision (60 km between cities,
  250 km for a province, any distance inside one country when only the country is known);
* their modes do not decide alone (one outlet's "bombing" is another's "attack"), but an equal
  mode counts as evidence;
* their dates overlap, each date taken as the interval its precision allows (a week is seven
  days, a date that is only the publication date covers the two days before it), with one day
  of slack; a report dated only by a month or a year meets only reports of the same month or
  year, and an undated one only undated ones;
* and the evidence is specific enough: two of (actor match, recipient match, a place finer
  than a country, the same mode) must hold, with a knowledge-base match counting for two.

Order and cost. Reports are linked in the order they arrive (``cluster``: the order given; the
store: ``events.arrival``). Events are blocked by category and by actor key (knowledge-base id,
country, sector family, place country), and each event is compared only with the incidents of
its blocks whose anchor date lies in its window (a bisection on a sorted list), at most
``max_candidates`` per block and ``max_compared`` in all (those with the most reports first); it
joins one or begins one, and earlier links never change. Events
with a coarse date (month, year, none) are linked within their period, so a vague "in 2014"
cannot chain unrelated reports together. The store links each ingest's new reports against the
incidents they reach, restored from the store (:mod:`eventwire.store.incident_link`).

The code is in these modules: report features and scores (:mod:`.incident_features`),
clustering (:mod:`.incident_cluster`), the store tables (:mod:`.incident_table`), linking
against the store (:mod:`.incident_link`) and linking after an ingest (:mod:`.incident_relink`); this module
re-exports their public names.
"""

from __future__ import annotations

from .incident_cluster import Incident as Incident
from .incident_cluster import assign as assign
from .incident_cluster import cluster as cluster
from .incident_cluster import pairwise_scores as pairwise_scores
from .incident_link import recluster as recluster
from .incident_relink import relink as relink
from .incident_table import INCIDENT_COLUMNS as INCIDENT_COLUMNS
from .incident_table import REPORT_COLUMNS as REPORT_COLUMNS
from .incident_table import incident_stats as incident_stats
from .incident_table import stored_incidents as stored_incidents

__all__ = ["Incident", "assign", "cluster", "pairwise_scores"]
