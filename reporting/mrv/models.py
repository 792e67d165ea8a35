"""Daily CO2 removal results, QA/QC issues and statements (reporting periods)."""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django_fsm import FSMField, can_proceed, transition

from accounts.tenancy import OrganizationOwned
from carbon.core.workflow import TransitionLog, Workflow
from reporting.mrv.calculation import Flag


def _decimal(digits=32, places=12):
    return models.DecimalField(
        max_digits=digits, decimal_places=places, null=True, blank=True
    )


class DailyRemoval(OrganizationOwned):
    """One calculated plant-day, one row per version. A row is never edited after it
    is written: new inputs add a version and only move `is_current`."""

    class QualityFlag(models.TextChoices):
        VALID = Flag.VALID, "Valid"
        INVALID = Flag.INVALID, "Invalid (Ca delta <= 0)"
        NO_OPS_DATA = Flag.NO_OPS_DATA, "No operations data"
        INVALID_FLOW = Flag.INVALID_FLOW, "Invalid flow"
        MISSING_CA_READINGS = Flag.MISSING_CA_READINGS, "Missing Ca readings"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plant = models.ForeignKey(
        "ingestion.Plant", on_delete=models.CASCADE, related_name="removals"
    )
    date = models.DateField()
    version = models.PositiveIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    quality_flag = models.CharField(max_length=24, choices=QualityFlag.choices)
    message = models.TextField(blank=True)
    ca_upstream_mg_l = _decimal(24)
    ca_downstream_mg_l = _decimal(24)
    ca_upstream_n = models.PositiveIntegerField(default=0)
    ca_downstream_n = models.PositiveIntegerField(default=0)
    ca_upstream_uncertainty = _decimal(24)
    ca_downstream_uncertainty = _decimal(24)
    ca_delta_mg_l = _decimal(24)
    ca_delta_uncertainty = _decimal(24)
    flow_mgd = _decimal(20, 6)
    flow_m3_day = _decimal(24, 6)
    flow_l_day = _decimal(28, 3)
    caco3_mg = _decimal(36, 6)
    co2_mg = _decimal(36, 6)
    co2_t = _decimal(28)
    co2_t_uncertainty = _decimal(28)
    ph_mean = _decimal(16, 6)
    ph_min = _decimal(16, 6)
    ph_max = _decimal(16, 6)
    sources = models.JSONField(default=dict)
    qa_levels = models.JSONField(default=dict)
    fingerprint = models.CharField(max_length=64)
    method_version = models.CharField(max_length=32)
    computed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plant", "date", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["plant", "date", "version"], name="removal_unique_version"
            ),
            models.UniqueConstraint(
                fields=["plant", "date"],
                condition=Q(is_current=True),
                name="removal_one_current_per_day",
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "plant", "date"]),
            models.Index(fields=["organization", "quality_flag"]),
        ]

    def __str__(self) -> str:
        return f"{self.plant_id} {self.date} v{self.version} {self.quality_flag}"


class QaIssue(OrganizationOwned):
    """An open QA/QC finding on a plant-day (duplicates, completeness, flags)."""

    id = models.BigAutoField(primary_key=True)
    plant = models.ForeignKey(
        "ingestion.Plant", on_delete=models.CASCADE, related_name="qa_issues"
    )
    date = models.DateField()
    level = models.PositiveSmallIntegerField()
    code = models.CharField(max_length=32)
    message = models.TextField()
    details = models.JSONField(default=dict, blank=True)
    upload = models.ForeignKey(
        "ingestion.Upload",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    sheet = models.CharField(max_length=100, blank=True)
    row = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plant", "date", "level", "code", "id"]
        indexes = [models.Index(fields=["organization", "plant", "date"])]

    def __str__(self) -> str:
        return f"L{self.level} {self.code} {self.plant_id} {self.date}"


class Statement(Workflow, OrganizationOwned):
    """A reporting period (plant, from, to) and the removal versions it states."""

    class Status(models.TextChoices):
        COMPUTED = "computed", "Computed"
        SUBMITTED = "submitted", "Submitted"
        APPROVED = "approved", "Approved"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"

    state_field = "status"
    log_name = "events"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    plant = models.ForeignKey(
        "ingestion.Plant", on_delete=models.PROTECT, related_name="statements"
    )
    period_start = models.DateField()
    period_end = models.DateField()
    version = models.PositiveIntegerField(default=1)
    status = FSMField(
        max_length=20, choices=Status.choices, default=Status.COMPUTED, protected=False
    )
    removals = models.ManyToManyField(DailyRemoval, related_name="statements")
    total_co2_t = models.DecimalField(max_digits=28, decimal_places=12, default=0)
    total_co2_t_uncertainty = models.DecimalField(
        max_digits=28, decimal_places=12, default=0
    )
    days_by_flag = models.JSONField(default=dict, blank=True)
    previous = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    submitted_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plant", "-period_start", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["plant", "period_start", "period_end", "version"],
                name="statement_unique_version",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="statement_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plant_id} {self.period_start}..{self.period_end} v{self.version}"

    # Transitions: the review workflow, run by carbon.core.workflow.transition_apply
    # and logged as StatementEvents; who may call them is the services' rule. Only
    # the newest version of a period moves: new data adds a version beside it.
    def _is_newest(self) -> bool:
        return not Statement.objects.filter(previous=self).exists()

    @transition(
        field=status,
        source=[Status.COMPUTED, Status.CHANGES_REQUESTED],
        target=Status.SUBMITTED,
        conditions=[_is_newest],
    )
    def submit(self, *, by, note) -> None:
        self.submitted_by = by
        self.submitted_at = timezone.now()

    @transition(
        field=status,
        source=Status.SUBMITTED,
        target=Status.APPROVED,
        conditions=[_is_newest],
    )
    def approve(self, *, by, note) -> None:
        self.approved_by = by
        self.approved_at = timezone.now()
        self.note = note

    @transition(
        field=status,
        source=Status.SUBMITTED,
        target=Status.CHANGES_REQUESTED,
        conditions=[_is_newest],
    )
    def request_changes(self, *, by, note) -> None:
        self.note = note

    def transition_refused(self, name: str) -> str:
        if can_proceed(getattr(self, name), check_conditions=False):
            return "A newer version of this statement exists; act on it instead."
        target = next(
            t.target for t in self.get_all_status_transitions() if t.name == name
        )
        return f"A {self.status} statement cannot become {target}."


class StatementEvent(TransitionLog):
    """Audit trail: every statement transition, who, when and why, and the steps
    that are none (created, recomputed, a new version). The table predates the
    shared log: its columns keep their names."""

    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="events"
    )
    name = models.CharField(max_length=32, db_column="action")
    source = models.CharField(max_length=20, blank=True, db_column="from_status")
    target = models.CharField(max_length=20, db_column="to_status")
    # Recalculation adds versions and events with no one behind them.
    actor = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_column="at")

    class Meta:
        ordering = ["statement", "created_at", "id"]
