"""One activity's whole trail, for the page that shows why its number is what it
is: the file and row it came from (with the row's cells read again from the stored
file), the values parsed from it, its key's match and who decided it, the factor,
the conversions, the result and its recalculations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from uuid import UUID

from django.urls import reverse

from carbon.core.ids import id_parse
from ingestion.models import Activity, ActivityMatchStatus, Upload
from ingestion.selectors import SourceRow, activity_get, upload_row_read
from matching.factors.models import EmissionFactor
from matching.factors.units import is_currency
from matching.selectors import MatchRecord, match_record_get
from reporting.conversions import SPEND_BASE_YEAR
from reporting.inventory import SCOPE3_CATEGORIES
from reporting.models import (
    DataQuality,
    Emission,
    Recalculation,
    RecalculationRow,
    ScopeOverride,
)

# How a key was matched, in words (the cache keeps the matcher's code).
MATCH_METHODS = {
    "override": "Chosen by a person",
    "review_accepted": "Accepted by a person in review",
    "review_group": "Decided by a person for the merchant's group",
    "review_account": "Decided by a person for the ledger account",
    "local_tfidf_v1": "Automatic text match",
    "vocabulary_v1": "Automatic match by vocabulary",
    "ai_service_v1": "AI matching model",
}
DECIDED_FOR = {
    "line": "this line's words",
    "group": "the merchant's group",
    "account": "the ledger account",
}


def match_method_label(method: str) -> str:
    if not method:
        return "Not matched yet"
    if method.startswith("fallback:"):
        return f"{match_method_label(method.removeprefix('fallback:'))} (fallback)"
    return MATCH_METHODS.get(method, method.replace("_", " ").capitalize())


def unit_words(unit: str) -> str:
    """A normalized unit ("kilowatt_hour", "tonne * kilometer") as words."""
    return unit.replace("_", " ").replace(" * ", "-").replace(" / ", " per ")


@dataclass(frozen=True)
class HistoryLine:
    recalculation: Recalculation
    row: RecalculationRow


@dataclass(frozen=True)
class ActivityTrail:
    activity: Activity
    upload: Upload
    key: object  # ingestion.ActivityKey, None before the match step
    record: MatchRecord
    emission: Emission | None
    factor: EmissionFactor | None
    matched_factor: EmissionFactor | None
    wtt_factor: EmissionFactor | None
    scope_override: ScopeOverride | None
    history: list[HistoryLine]

    @cached_property
    def source_row(self) -> SourceRow:
        """The row's raw cells, read from the stored file only when asked for."""
        return upload_row_read(upload=self.upload, row_number=self.activity.row_number)

    @property
    def upload_url(self) -> str:
        return reverse("reporting:upload-detail", args=[self.upload.pk])

    @property
    def match_status_label(self) -> str:
        return ActivityMatchStatus(self.activity.match_status).label

    @property
    def match_method_label(self) -> str:
        return match_method_label(self.activity.match_method)

    @property
    def decided_for_label(self) -> str:
        return DECIDED_FOR.get(self.record.decided_for, "")

    @property
    def factor_url(self) -> str:
        """The factor's page in the factor library."""
        if self.factor is None:
            return ""
        return reverse("factors:detail", args=[self.factor.pk])

    @property
    def factor_unit_words(self) -> str:
        """The unit the factor counts in: spend factors' are dollars of their
        price year (their published label names the gas as well)."""
        unit = self.emission.factor_unit if self.emission else ""
        if self.factor is not None:
            unit = unit or self.factor.unit
        if is_currency(unit):
            return f"{unit} ({SPEND_BASE_YEAR} dollars)"
        if self.factor is not None and self.factor.unit == unit:
            return self.factor.unit_label
        return unit_words(unit)

    @property
    def fx_year(self) -> int | None:
        """The year whose average rate converted the money (its date's, else the
        spend factors' price year)."""
        if self.emission is None or self.emission.fx_rate is None:
            return None
        day = self.emission.activity_date
        return day.year if day else SPEND_BASE_YEAR

    @property
    def price_year(self) -> int:
        return SPEND_BASE_YEAR

    @property
    def status_label(self) -> str:
        return Emission.Status(self.emission.status).label if self.emission else ""

    @property
    def scope_label(self) -> str:
        if self.emission is None or not self.emission.scope:
            return "Unclassified"
        label = f"Scope {self.emission.scope}"
        category = self.emission.scope3_category
        if category:
            label += f", category {category}: {SCOPE3_CATEGORIES.get(category, '')}"
        return label

    @property
    def data_quality_label(self) -> str:
        if self.emission is None or not self.emission.data_quality:
            return ""
        return DataQuality(self.emission.data_quality).label

    @property
    def calculated_at(self) -> datetime | None:
        return self.emission.calculated_at if self.emission else None


def _factors(*ids) -> dict[UUID, EmissionFactor]:
    wanted = {pk for pk in ids if pk}
    return {f.pk: f for f in EmissionFactor.objects.filter(pk__in=wanted)}


def activity_trail_get(*, organization, activity_id: UUID | str, user) -> ActivityTrail:
    """Raises Activity.DoesNotExist (404) for an id that is no UUID, another
    organization's activity, or (for a supplier) one of another person's uploads."""
    activity = activity_get(
        organization=organization,
        activity_id=id_parse(activity_id, model=Activity),
        user=user,
    )
    upload = (
        Upload.objects.for_organization(organization)
        .select_related("uploaded_by")
        .get(pk=activity.upload_id)
    )
    emission = getattr(activity, "emission", None)
    factors = _factors(
        emission.factor_id if emission else activity.factor_id,
        emission.matched_factor_id if emission else None,
        emission.wtt_factor_id if emission else None,
    )
    factor = factors.get(emission.factor_id) if emission else activity.factor
    overrides = ScopeOverride.objects.for_organization(organization)
    scope_override = None
    if activity.category:
        scope_override = overrides.filter(
            gl_account=activity.category, factor__isnull=True
        ).first()
    if scope_override is None and activity.factor_id is not None:
        # The calculation classes by the matched factor (ADR-4.9).
        scope_override = overrides.filter(
            gl_account="", factor_id=activity.factor_id
        ).first()
    rows = (
        RecalculationRow.objects.filter(
            activity_id=activity.pk, recalculation__organization=organization
        )
        .select_related("recalculation__created_by", "recalculation__applied_by")
        .order_by("recalculation__created_at", "id")
    )
    return ActivityTrail(
        activity=activity,
        upload=upload,
        key=activity.match,
        record=match_record_get(organization=organization, activity=activity),
        emission=emission,
        factor=factor,
        matched_factor=factors.get(emission.matched_factor_id) if emission else None,
        wtt_factor=factors.get(emission.wtt_factor_id) if emission else None,
        scope_override=scope_override,
        history=[HistoryLine(recalculation=r.recalculation, row=r) for r in rows],
    )
