"""The Vietnamese province whose activity this is."""


def extract(doc):
    """Return {"name", "code", "current_name"} or None."""
    return None
