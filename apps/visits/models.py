"""Where Django finds the app's models. They live by what they are for:

- records/models/: activities, officials, partner localities, requests, articles (the records);
- reporting/tallies.py: the counts kept by database triggers.

Import them from there, not from here."""

from .records.models import *  # noqa: F403
from .reporting.tallies import (  # noqa: F401
    ActivityMonthTally,
    ActivityTally,
    MonthTally,
    OfficialTally,
    RequestTally,
    TitleTally,
)
