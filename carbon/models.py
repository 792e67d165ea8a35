"""Shared base pieces: organization scoping and tracked background jobs."""

from __future__ import annotations

import uuid

from django.db import models


class OrganizationQuerySet(models.QuerySet):
    """The one tenancy mechanism: every read of organization data goes through it."""

    def for_organization(self, organization) -> OrganizationQuerySet:
        return self.filter(organization=organization)


class OrganizationOwned(models.Model):
    organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.CASCADE, related_name="+"
    )

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        abstract = True


class JobQuerySet(OrganizationQuerySet):
    def unfinished(self) -> JobQuerySet:
        return self.filter(status__in=Job.UNFINISHED)


class Job(models.Model):
    """One tracked background task: what ran, where, how often, how it ended."""

    class Profile(models.TextChoices):
        DEFAULT = "default", "Default"
        IO = "io", "I/O"
        CPU = "cpu", "CPU"
        AI = "ai", "AI"

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

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["organization", "status", "-created_at"]),
            models.Index(fields=["subject_type", "subject_id"]),
            models.Index(fields=["status", "profile"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} [{self.status}]"
