"""Knowledge the coder reads: actors (:mod:`.actors`), lexicon (:mod:`.lexicon`), ontology (:mod:`.ontology`)."""
