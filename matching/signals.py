"""What matching tells the layers above it.

`activities_rematched` is sent, inside the caller's transaction, after a person's
decision changed the match of some activity keys (an override or an accepted
review): every activity with those keys follows. Reporting recalculates their
emissions on it (reporting.apps), so matching never imports reporting.
"""

from django.dispatch import Signal

# Arguments: organization, keys (Activity.match_key values whose match changed),
# activity_ids (the activities the person chose, for the record).
activities_rematched = Signal()
