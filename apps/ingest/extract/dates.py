"""The activity's own dates, resolved against the article's publication date."""


def extract(doc):
    """Return {"start_date", "end_date", "date_precision"}."""
    return {"start_date": None, "end_date": None, "date_precision": None}
