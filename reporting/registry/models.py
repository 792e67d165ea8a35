"""Registry: projects, verification workflow, assessments, issuance, holdings,
transfers and retirement.

Confidentiality lives in the data (per field in `Project.visibility`, per document in
`ProjectDocument.confidentiality`); what each audience sees is decided in one place,
`reporting.registry.policy`.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import BigIntegerRangeField, RangeOperators
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django_fsm import FSMField, transition

from accounts.tenancy import OrganizationOwned
from carbon.core.uploads import upload_stored_name
from carbon.core.workflow import TransitionLog, Workflow


class Confidentiality(models.TextChoices):
    PUBLIC = "public", "Public"
    BUYERS = "buyers", "Buyers"
    INTERNAL = "internal", "Internal"


class Methodology(models.TextChoices):
    ENHANCED_WEATHERING = "enhanced_weathering", "Enhanced weathering"
    WASTEWATER_ALKALINITY = "wastewater_alkalinity", "Wastewater alkalinity"
    BIOCHAR = "biochar", "Biochar"
    DIRECT_AIR_CAPTURE = "direct_air_capture", "Direct air capture"
    OTHER = "other", "Other"


class ProjectState(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    IN_VERIFICATION = "in_verification", "In verification"
    ASSESSED = "assessed", "Assessed"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"


S = ProjectState
REVIEW_STATES = [S.SUBMITTED, S.IN_VERIFICATION, S.ASSESSED]


class Project(Workflow, OrganizationOwned):
    """A supplier organization's CDR project; `plants` are the MRV plants whose
    approved statements are its evidence."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    registry_id = models.CharField(max_length=16, unique=True, editable=False)
    name = models.CharField(max_length=200)
    methodology = models.CharField(max_length=32, choices=Methodology.choices)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2")
    vintage = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    plants = models.ManyToManyField(
        "ingestion.Plant",
        blank=True,
        related_name="registry_projects",
        help_text="MRV plants whose approved statements are the project's evidence.",
    )
    # Fields whose audience is chosen per project (policy.CONFIGURABLE_FIELDS).
    region = models.CharField(max_length=200, blank=True)
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    summary = models.TextField(blank=True, help_text="The published summary.")
    description = models.TextField(blank=True)
    methodology_details = models.TextField(blank=True)
    monitoring_plan = models.TextField(blank=True)
    contact_email = models.EmailField(blank=True)
    visibility = models.JSONField(
        default=dict,
        blank=True,
        help_text="Field name -> public|buyers|internal; missing names take the "
        "policy default.",
    )
    state = FSMField(default=S.DRAFT, choices=S.choices, protected=False)
    credits_issued = models.PositiveBigIntegerField(default=0)
    credits_retired = models.PositiveBigIntegerField(default=0)
    # The registry status the public filters on, kept by the database itself:
    # registered (no credits yet), active (credits outstanding), retired (all).
    public_status = models.GeneratedField(
        expression=models.Case(
            models.When(credits_issued=0, then=models.Value("registered")),
            models.When(
                credits_retired__lt=models.F("credits_issued"),
                then=models.Value("active"),
            ),
            default=models.Value("retired"),
        ),
        output_field=models.CharField(max_length=16),
        db_persist=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(credits_retired__lte=models.F("credits_issued")),
                name="registry_project_retired_lte_issued",
            )
        ]
        indexes = [
            # Public list: published only, filtered and sorted (bench/registry.py).
            models.Index(
                fields=["-published_at", "-id"],
                name="registry_pub_recent_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["country", "-published_at", "-id"],
                name="registry_pub_country_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["methodology", "vintage", "-published_at"],
                name="registry_pub_method_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["name", "id"],
                name="registry_pub_name_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["vintage", "-published_at", "-id"],
                name="registry_pub_vintage_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["public_status", "-published_at", "-id"],
                name="registry_pub_status_idx",
                condition=models.Q(state="published"),
            ),
            models.Index(
                fields=["public_status", "-vintage", "-published_at", "-id"],
                name="registry_pub_status_vint_idx",
                condition=models.Q(state="published"),
            ),
            # + registry_pub_name_trgm_idx, a trigram index on UPPER(name) for
            # search (migration 0002: Django renders this expression index badly).
            models.Index(fields=["organization", "state"]),
        ]

    def __str__(self) -> str:
        return f"{self.registry_id} {self.name}"

    # Transitions: the graph of the verification workflow, run by
    # carbon.core.workflow.transition_apply and logged as ProjectTransitions. Rules
    # about *who* may call them live in the services.
    @transition(field=state, source=[S.DRAFT, S.CHANGES_REQUESTED], target=S.SUBMITTED)
    def submit(self, *, by, note) -> None:
        pass

    @transition(field=state, source=S.SUBMITTED, target=S.IN_VERIFICATION)
    def start_verification(self, *, by, note) -> None:
        pass

    @transition(field=state, source=S.IN_VERIFICATION, target=S.ASSESSED)
    def assess(self, *, by, note) -> None:
        pass

    @transition(field=state, source=S.ASSESSED, target=S.APPROVED)
    def approve(self, *, by, note) -> None:
        pass

    @transition(field=state, source=S.APPROVED, target=S.PUBLISHED)
    def publish(self, *, by, note) -> None:
        self.published_at = timezone.now()

    @transition(field=state, source=REVIEW_STATES, target=S.CHANGES_REQUESTED)
    def request_changes(self, *, by, note) -> None:
        pass


def document_path(instance: ProjectDocument, filename: str) -> str:
    stored = upload_stored_name(filename, sha256=instance.sha256)
    return f"registry/{instance.project_id}/{stored}"


class ProjectDocument(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to=document_path, max_length=500)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    confidentiality = models.CharField(
        max_length=16, choices=Confidentiality.choices, default=Confidentiality.INTERNAL
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "sha256"], name="registry_document_unique_file"
            )
        ]

    def __str__(self) -> str:
        return self.title


class ProjectTransition(TransitionLog):
    """One step of the workflow: who, when, from, to, note. Rows are immutable: a
    database trigger rejects UPDATE and DELETE (migration 0002)."""

    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, related_name="transitions"
    )
    source = models.CharField(max_length=32, choices=S.choices)
    target = models.CharField(max_length=32, choices=S.choices)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["project", "created_at"])]


class VerifierGrant(models.Model):
    """Explicit, revocable access of one verifier to one project (never an
    organization); the verifier may belong to any organization."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="verifier_grants"
    )
    verifier = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "verifier"],
                condition=models.Q(revoked_at__isnull=True),
                name="registry_one_active_grant",
            )
        ]

    def __str__(self) -> str:
        return f"{self.verifier} on {self.project_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class Criterion(models.TextChoices):
    DATA_QUALITY = "data_quality", "Data quality"
    ADDITIONALITY = "additionality", "Additionality"
    PERMANENCE = "permanence", "Permanence"
    LEAKAGE = "leakage", "Leakage"
    MRV_EVIDENCE = "mrv_evidence", "MRV evidence"
    FEEDSTOCK = "feedstock_characterisation", "Feedstock characterisation"
    BASELINE_ALKALINITY = "baseline_alkalinity", "Baseline alkalinity"


class Assessment(models.Model):
    class Outcome(models.TextChoices):
        POSITIVE = "positive", "Positive"
        QUALIFIED = "qualified", "Qualified"
        NEGATIVE = "negative", "Negative"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, related_name="assessments"
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    verifier_organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    methodology = models.CharField(max_length=32, choices=Methodology.choices)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    statement = models.TextField(help_text="Public verification statement.")
    conclusion = models.TextField(help_text="Shown to buyers.")
    verified_quantity = models.DecimalField(
        max_digits=14,
        decimal_places=3,
        validators=[MinValueValidator(0)],
        help_text="t CO2e",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(approved_by__isnull=True)
                | ~models.Q(approved_by=models.F("assessor")),
                name="registry_assessment_four_eyes",
            )
        ]

    def __str__(self) -> str:
        return f"Assessment of {self.project_id} ({self.outcome})"


class AssessmentItem(models.Model):
    class Severity(models.TextChoices):
        NONE = "none", "None"
        OBSERVATION = "observation", "Observation"
        MINOR = "minor", "Minor"
        MAJOR = "major", "Major"
        CRITICAL = "critical", "Critical"

    id = models.BigAutoField(primary_key=True)
    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="items"
    )
    criterion = models.CharField(max_length=32, choices=Criterion.choices)
    finding = models.TextField()
    severity = models.CharField(max_length=16, choices=Severity.choices)
    evidence = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "criterion"], name="registry_item_per_criterion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.severity}"


class SerialCounter(models.Model):
    """One row: the next free serial number. `UPDATE … RETURNING` hands out
    contiguous blocks under the row lock."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    next_serial = models.PositiveBigIntegerField(default=1)

    def __str__(self) -> str:
        return str(self.next_serial)


class SerialRangeMixin:
    """A model whose `serials` is a half-open range of credit serials, shown as the
    inclusive `serial_start`..`serial_end` the registry prints."""

    @property
    def serial_start(self) -> int:
        return self.serials.lower

    @property
    def serial_end(self) -> int:
        return self.serials.upper - 1


class CreditBatch(SerialRangeMixin, models.Model):
    """Credits of one approved assessment: serials [serial_start, serial_end] (1 t
    CO2e each). Stored as a block; ranges never overlap (exclusion constraint)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, related_name="batches"
    )
    assessment = models.OneToOneField(
        Assessment, on_delete=models.PROTECT, related_name="batch"
    )
    vintage = models.PositiveSmallIntegerField()
    serials = BigIntegerRangeField(help_text="Half-open [start, end+1).")
    quantity = models.PositiveBigIntegerField()
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["issued_at"]
        constraints = [
            ExclusionConstraint(
                name="registry_batch_serials_disjoint",
                expressions=[("serials", RangeOperators.OVERLAPS)],
            )
        ]
        indexes = [models.Index(fields=["project", "issued_at"])]

    def __str__(self) -> str:
        return f"{self.serial_start}-{self.serial_end}"


class Retirement(SerialRangeMixin, models.Model):
    """Serials taken out of circulation for a beneficiary, from the holding of
    `buyer_organization`; its public page is the retirement certificate. The
    exclusion constraint makes retiring any serial twice impossible, whatever the
    race."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    batch = models.ForeignKey(
        CreditBatch, on_delete=models.PROTECT, related_name="retirements"
    )
    serials = BigIntegerRangeField()
    quantity = models.PositiveBigIntegerField()
    beneficiary = models.CharField(max_length=200)
    reason = models.CharField(max_length=500)
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    buyer_organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    retired_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["retired_at"]
        constraints = [
            ExclusionConstraint(
                name="registry_serial_retired_once",
                expressions=[("serials", RangeOperators.OVERLAPS)],
            )
        ]
        indexes = [models.Index(fields=["batch", "retired_at"])]

    def __str__(self) -> str:
        return f"{self.serial_start}-{self.serial_end} for {self.beneficiary}"


def _range_size(field: str):
    return models.Func(
        models.F(field), function="UPPER", output_field=models.BigIntegerField()
    ) - models.Func(
        models.F(field), function="LOWER", output_field=models.BigIntegerField()
    )


class Holding(SerialRangeMixin, OrganizationOwned):
    """Serials of one batch held in one organization's account (the registry's
    holdings). Issuance puts a batch into the project owner's account; transfers
    move serials between accounts; retirement takes them out. The database keeps a
    serial in at most one holding (exclusion constraint), inside its batch, and
    never both held and retired (triggers, migration 0005)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    batch = models.ForeignKey(
        CreditBatch, on_delete=models.PROTECT, related_name="holdings"
    )
    serials = BigIntegerRangeField(help_text="Half-open [start, end+1).")
    quantity = models.PositiveBigIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["batch", "serials"]
        constraints = [
            ExclusionConstraint(
                name="registry_holding_serials_disjoint",
                expressions=[("serials", RangeOperators.OVERLAPS)],
            ),
            # An emptied holding stays (quantity 0): a request naming it then
            # learns its serials have gone (409) instead of a 404.
            models.CheckConstraint(
                condition=(
                    models.Q(quantity__gte=1)
                    & models.Q(quantity=_range_size("serials"))
                )
                | models.Q(quantity=0, serials__isempty=True),
                name="registry_holding_quantity_is_range",
            ),
        ]
        indexes = [models.Index(fields=["organization", "batch"])]

    def __str__(self) -> str:
        return f"{self.serial_start}-{self.serial_end} held by {self.organization_id}"


class Transfer(SerialRangeMixin, models.Model):
    """Serials moved from one account to another. Rows are immutable (a trigger
    rejects UPDATE and DELETE, migration 0005): the chain of custody."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    batch = models.ForeignKey(
        CreditBatch, on_delete=models.PROTECT, related_name="transfers"
    )
    serials = BigIntegerRangeField()
    quantity = models.PositiveBigIntegerField()
    from_organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    to_organization = models.ForeignKey(
        "accounts.Organization", on_delete=models.PROTECT, related_name="+"
    )
    transferred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(from_organization=models.F("to_organization")),
                name="registry_transfer_between_accounts",
            ),
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1)
                & models.Q(quantity=_range_size("serials")),
                name="registry_transfer_quantity_is_range",
            ),
        ]
        indexes = [
            models.Index(fields=["from_organization", "created_at"]),
            models.Index(fields=["to_organization", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.serial_start}-{self.serial_end}"
