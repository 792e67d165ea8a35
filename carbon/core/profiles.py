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


def profile_timeout(profile: str) -> int:
    """Seconds a task of this profile may run before its cluster kills it."""
    conf = settings.Q_CLUSTER
    if profile == Profile.DEFAULT:
        return int(conf.get("timeout", 120))
    return int(conf.get("ALT_CLUSTERS", {}).get(profile, {}).get("timeout", 120))


def profile_workers(profile: str) -> int:
    """How many workers the profile's cluster runs."""
    conf = settings.Q_CLUSTER
    if profile == Profile.DEFAULT:
        return int(conf.get("workers", 1))
    return int(conf.get("ALT_CLUSTERS", {}).get(profile, {}).get("workers", 1))


def profile_cluster(profile: str) -> str | None:
    """The django-q2 cluster name of a profile (None: the default cluster)."""
    return None if profile == Profile.DEFAULT else profile
