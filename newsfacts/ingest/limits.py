"""What one input may cost: every bound ingest applies, in one place (read at call time, so tests can lower them).

An input over a bound is refused with a quarantine row saying which bound; the rest of the
run goes on. The bounds are far above real news: the 5,000-article benchmark corpus is 11 MB
of JSON Lines (5,000 lines), its longest article 116,108 characters (41,920 tokens).
"""
MAX_BYTES = 20_000_000  # one input file (or one JSON line) larger than this is not an article
MAX_FILE_BYTES = 256_000_000  # decompressed bytes read from one .jsonl(.gz); a gzip bomb stops here
MAX_LINES = 1_000_000  # lines read from one .jsonl(.gz), blank ones included (1 MB of gzip holds 1e9 newlines)
MAX_BAD_LINES = 10_000  # unreadable lines in one file after which the rest of it is refused unread
MAX_CHARS = 1_000_000  # the most text spaCy is given for one article
# Words and punctuation marks of one article. English news runs about 5 characters a token (the corpus: 4.95),
# so MAX_CHARS of prose is about 200,000; text over this is runs of one-character tokens, not prose.
MAX_TOKENS = 250_000
