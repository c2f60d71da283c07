"""Knowledge the coder reads: actors (:mod:`.actors`), the lexicon (:mod:`.lexicon`) and the ontology (:mod:`.ontology`)."""
