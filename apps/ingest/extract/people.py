"""Officials with their titles, the lead, the leading organization."""


def extract(doc):
    """Return {"organization", "lead", "officials"}."""
    return {"organization": None, "lead": None, "officials": []}
