"""What matching tells the layers above it.

`activities_rematched` is sent, inside the caller's transaction, after a person's
decision changed the match of some activities (an override or an accepted review).
Reporting recalculates their emissions on it (reporting.apps), so matching never
imports reporting.
"""

from django.dispatch import Signal

# Arguments: organization, activity_ids (a list of Activity primary keys).
activities_rematched = Signal()
