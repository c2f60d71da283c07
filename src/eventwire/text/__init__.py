"""Reading: an article from a file, bytes, HTML or a feed (:mod:`.article`), and its news regions (:mod:`.segment`)."""
