"""Task profiles: the named django-q2 clusters background work runs in.

Each profile is a cluster with its own workers, timeout and limits
(settings.Q_CLUSTER and its ALT_CLUSTERS); `default` is the main cluster.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Profile(models.TextChoices):
    DEFAULT = "default", "Default"
    IO = "io", "I/O"
    CPU = "cpu", "CPU"
    AI = "ai", "AI"


def _cluster_conf(profile: str) -> dict:
    # settings.Q_CLUSTER gives every cluster its timeout and workers: no second
    # default here.
    conf = settings.Q_CLUSTER
    return conf if profile == Profile.DEFAULT else conf["ALT_CLUSTERS"][profile]


def profile_timeout(profile: str) -> int:
    """Seconds a task of this profile may run before its cluster kills it."""
    return int(_cluster_conf(profile)["timeout"])


def profile_workers(profile: str) -> int:
    """How many workers the profile's cluster runs."""
    return int(_cluster_conf(profile)["workers"])


def profile_cluster(profile: str) -> str | None:
    """The django-q2 cluster name of a profile (None: the default cluster)."""
    return None if profile == Profile.DEFAULT else profile
