"""Named foreign sub-national localities the province has or seeks ties with."""


def extract(doc):
    """Return [{"name", "kind", "country", "span": [start, end]}]."""
    return []
