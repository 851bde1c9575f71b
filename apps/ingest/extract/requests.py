"""What the province asks for."""


def extract(doc):
    """Return [{"text", "category", "span": [start, end]}]."""
    return []
