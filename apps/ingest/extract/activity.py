"""Whether the article reports an activity, and of which kind."""


def is_activity(doc):
    return doc.record.get("province") is not None


def kind(doc):
    return None
