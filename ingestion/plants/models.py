"""Plants and the lab / operations records read from their files (seed 003).

Every record keeps where it came from: upload (the file version), sheet and row.
"""

from __future__ import annotations

import uuid

from django.db import models

from accounts.tenancy import OrganizationOwned


class Plant(OrganizationOwned):
    """A wastewater plant. `mapping` says which header path is which column in its
    operations workbooks; empty means "try the built-in layouts"."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(max_length=64)
    name = models.CharField(max_length=200, blank=True)
    mapping = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "code"], name="plant_unique_code_per_org"
            )
        ]

    def __str__(self) -> str:
        return self.code


class SamplePoint(models.TextChoices):
    UPSTREAM = "upstream", "Upstream (primary clarifier outlet)"
    DOWNSTREAM = "downstream", "Downstream (secondary clarifier outlet)"
    OTHER = "other", "Other"


class LabResult(OrganizationOwned):
    """One lab result row (Crew long format or Water Quality Portal narrow result)."""

    id = models.BigAutoField(primary_key=True)
    upload = models.ForeignKey(
        "ingestion.Upload", on_delete=models.CASCADE, related_name="lab_results"
    )
    plant = models.ForeignKey(
        Plant, on_delete=models.CASCADE, related_name="lab_results"
    )
    date = models.DateField()
    parameter = models.CharField(max_length=64)
    point = models.CharField(
        max_length=16, choices=SamplePoint.choices, default=SamplePoint.OTHER
    )
    location = models.CharField(max_length=200, blank=True)
    replicate = models.PositiveIntegerField(default=1)
    sample_id = models.CharField(max_length=200, blank=True)
    value = models.DecimalField(max_digits=24, decimal_places=12)
    uncertainty = models.DecimalField(
        max_digits=24, decimal_places=12, null=True, blank=True
    )
    unit = models.CharField(max_length=32)
    generated_on = models.DateField(null=True, blank=True)
    sheet = models.CharField(max_length=100, blank=True)
    row_number = models.PositiveIntegerField()

    class Meta:
        ordering = ["plant", "date", "point", "row_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "sheet", "row_number"],
                name="lab_result_unique_row_per_upload",
            )
        ]
        indexes = [models.Index(fields=["plant", "date", "parameter"])]

    def __str__(self) -> str:
        return f"{self.plant_id} {self.date} {self.parameter} {self.value}"


class OperationsRecord(OrganizationOwned):
    """One plant-day row of an operations report. Overlapping reports each keep
    their row; the calculation picks the most recently generated one."""

    id = models.BigAutoField(primary_key=True)
    upload = models.ForeignKey(
        "ingestion.Upload", on_delete=models.CASCADE, related_name="operations_records"
    )
    plant = models.ForeignKey(
        Plant, on_delete=models.CASCADE, related_name="operations_records"
    )
    date = models.DateField()
    effluent_flow_mgd = models.DecimalField(
        max_digits=16, decimal_places=6, null=True, blank=True
    )
    influent_flow_mgd = models.DecimalField(
        max_digits=16, decimal_places=6, null=True, blank=True
    )
    report_generated_at = models.DateTimeField(null=True, blank=True)
    sheet = models.CharField(max_length=100)
    row_number = models.PositiveIntegerField()

    class Meta:
        ordering = ["plant", "date", "-report_generated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "sheet", "row_number"],
                name="operations_record_unique_row_per_upload",
            )
        ]
        indexes = [models.Index(fields=["plant", "date"])]

    def __str__(self) -> str:
        return f"{self.plant_id} {self.date} {self.effluent_flow_mgd} MGD"


class SensorDay(OrganizationOwned):
    """Minute sensor readings (pH) of one file aggregated to a plant-day."""

    id = models.BigAutoField(primary_key=True)
    upload = models.ForeignKey(
        "ingestion.Upload", on_delete=models.CASCADE, related_name="sensor_days"
    )
    plant = models.ForeignKey(
        Plant, on_delete=models.CASCADE, related_name="sensor_days"
    )
    date = models.DateField()
    parameter = models.CharField(max_length=32, default="ph")
    mean = models.DecimalField(max_digits=16, decimal_places=6)
    minimum = models.DecimalField(max_digits=16, decimal_places=6)
    maximum = models.DecimalField(max_digits=16, decimal_places=6)
    readings = models.PositiveIntegerField()
    first_row = models.PositiveIntegerField()
    last_row = models.PositiveIntegerField()

    class Meta:
        ordering = ["plant", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "plant", "date", "parameter"],
                name="sensor_day_unique_per_upload",
            )
        ]

    def __str__(self) -> str:
        return f"{self.plant_id} {self.date} {self.parameter} {self.mean}"


class FileCheck(models.Model):
    """One QA/QC check of one file (pyramid levels 1-3), recorded at parse time."""

    class Status(models.TextChoices):
        PASS = "pass", "Pass"
        WARN = "warn", "Warning"
        FAIL = "fail", "Fail"

    id = models.BigAutoField(primary_key=True)
    upload = models.ForeignKey(
        "ingestion.Upload", on_delete=models.CASCADE, related_name="file_checks"
    )
    level = models.PositiveSmallIntegerField()
    code = models.CharField(max_length=64)
    status = models.CharField(max_length=8, choices=Status.choices)
    message = models.CharField(max_length=500)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["upload", "level", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["upload", "code"], name="file_check_unique_code_per_upload"
            )
        ]

    def __str__(self) -> str:
        return f"L{self.level} {self.code}: {self.status}"
