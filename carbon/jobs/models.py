"""Tracked background work: one Job row per task (see carbon.jobs.services)."""

from __future__ import annotations

import uuid

from django.db import models

from accounts.tenancy import OrganizationQuerySet
from carbon.core.profiles import Profile


class JobQuerySet(OrganizationQuerySet):
    def unfinished(self) -> JobQuerySet:
        return self.filter(status__in=Job.UNFINISHED)


class Job(models.Model):
    """One tracked background task: what ran, where, how often, how it ended."""

    Profile = Profile

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"
        RETRYING = "retrying", "Retrying"

    UNFINISHED = (Status.QUEUED, Status.RUNNING, Status.RETRYING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        "accounts.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="jobs",
    )
    kind = models.CharField(max_length=100)
    func = models.CharField(max_length=200)
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    profile = models.CharField(
        max_length=16, choices=Profile.choices, default=Profile.DEFAULT
    )
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField(default=3)
    subject_type = models.CharField(max_length=40, blank=True)
    subject_id = models.UUIDField(null=True, blank=True)
    error = models.TextField(blank=True)
    result = models.JSONField(
        null=True, blank=True, help_text="What the task returned, when JSON."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.PositiveBigIntegerField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    dispatched_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the job was handed to its cluster; empty while it waits "
        "for its organization's share of the workers (the fair queue).",
    )

    objects = JobQuerySet.as_manager()

    class Meta:
        db_table = "carbon_job"  # kept from before jobs became an app of its own
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["organization", "status", "-created_at"]),
            models.Index(fields=["subject_type", "subject_id"]),
            models.Index(fields=["status", "profile"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} [{self.status}]"
