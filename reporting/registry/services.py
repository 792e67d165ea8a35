"""Registry writes: projects, documents, the verification workflow, issuance and
retirement. Who may do what is checked here (and mirrored in README's matrix)."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.backends.postgresql.psycopg_any import NumericRange
from django.db.models import F
from django.utils import timezone
from django_fsm import can_proceed

from accounts.models import Role, User
from carbon.exceptions import ValidationFailed
from ingestion.models import Plant
from reporting.registry import policy
from reporting.registry.checklists import checklist_for
from reporting.registry.exceptions import (
    DocumentTooLarge,
    FourEyesViolation,
    NotAllowed,
    SerialsAlreadyRetired,
    TransitionNotAllowed,
    UnsupportedDocumentType,
)
from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    CreditBatch,
    Project,
    ProjectDocument,
    ProjectState,
    ProjectTransition,
    Retirement,
    SerialCounter,
    VerifierGrant,
)

logger = logging.getLogger(__name__)

SUPPLIER_ROLES = frozenset({Role.ADMIN, Role.ANALYST, Role.SUPPLIER})
EDITABLE_STATES = frozenset({ProjectState.DRAFT, ProjectState.CHANGES_REQUESTED})
PROJECT_FIELDS = frozenset(
    {
        "name",
        "methodology",
        "country",
        "vintage",
        "region",
        "latitude",
        "longitude",
        "summary",
        "description",
        "methodology_details",
        "monitoring_plan",
        "contact_email",
        "visibility",
    }
)
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# Projects ------------------------------------------------------------------


def _require_supplier(*, user, project: Project | None = None) -> None:
    membership = getattr(user, "membership", None)
    if membership is None or membership.role not in SUPPLIER_ROLES:
        raise NotAllowed("Only the supplier organization's members may do this.")
    if project is not None and project.organization_id != membership.organization_id:
        raise NotAllowed("Only the supplier organization's members may do this.")


def _validate_visibility(visibility: dict) -> None:
    unknown = set(visibility) - set(policy.CONFIGURABLE_FIELDS)
    bad = {k for k, v in visibility.items() if v not in policy.C.values}
    if unknown or bad:
        raise ValidationError(
            {"visibility": f"Unknown fields {sorted(unknown)} or levels {sorted(bad)}."}
        )


def _next_registry_id() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval('registry_project_number_seq')")
        (number,) = cursor.fetchone()
    return f"CCX-{number:06d}"


@transaction.atomic
def _plants_for(organization, codes: list[str] | None) -> list[Plant] | None:
    """The organization's plants by code; ValidationFailed names unknown ones."""
    if codes is None:
        return None
    plants = {
        plant.code: plant
        for plant in Plant.objects.for_organization(organization).filter(code__in=codes)
    }
    unknown = [code for code in codes if code not in plants]
    if unknown:
        raise ValidationFailed(
            "Unknown plants.",
            errors=[
                {
                    "field": f"plants[{codes.index(code)}]",
                    "code": "not_found",
                    "message": f"Your organization has no plant {code!r}.",
                }
                for code in unknown
            ],
        )
    return list(plants.values())


def project_create(*, user: User, **fields) -> Project:
    """Raises NotAllowed (403) for roles other than admin/analyst/supplier."""
    _require_supplier(user=user)
    plants = _plants_for(user.membership.organization, fields.pop("plants", None))
    fields = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    _validate_visibility(fields.get("visibility") or {})
    project = Project(
        organization=user.membership.organization,
        registry_id=_next_registry_id(),
        created_by=user,
        **fields,
    )
    project.full_clean()
    project.save()
    if plants:
        project.plants.set(plants)
    logger.info("registry.project_created", extra={"project_id": str(project.pk)})
    return project


@transaction.atomic
def project_update(*, project: Project, user: User, **fields) -> Project:
    """Raises NotAllowed (403) or TransitionNotAllowed (409) once under review.
    Staff may change only `visibility`, in any state (to withdraw a field)."""
    plants = _plants_for(project.organization, fields.pop("plants", None))
    fields = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    staff_visibility = policy.is_staff(user) and set(fields) <= {"visibility"}
    if not staff_visibility:
        _require_supplier(user=user, project=project)
    project = Project.objects.select_for_update().get(pk=project.pk)
    if project.state not in EDITABLE_STATES and not staff_visibility:
        raise TransitionNotAllowed(
            "A project can be edited only in draft or after changes were requested."
        )
    if "visibility" in fields:
        _validate_visibility(fields["visibility"] or {})
    if plants is not None:  # the evidence is the supplier's to name
        _require_supplier(user=user, project=project)
    for name, value in fields.items():
        setattr(project, name, value)
    project.full_clean()
    project.save(update_fields=[*fields, "updated_at"])
    if plants is not None:
        project.plants.set(plants)
    return project


# Documents -----------------------------------------------------------------


def _sniff_document(file, filename: str) -> str | None:
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as archive:
                return "xlsx" if "xl/workbook.xml" in archive.namelist() else None
        except zipfile.BadZipFile:
            return None
        finally:
            file.seek(0)
    if filename.lower().endswith(".csv"):
        sample = file.read(64 * 1024)
        file.seek(0)
        if b"\x00" in sample:
            return None
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "csv"
    return None


def _sha256(file) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks(1024 * 1024):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


@transaction.atomic
def document_add(
    *, project: Project, user: User, file, title: str, confidentiality: str
) -> ProjectDocument:
    """Store a project document. Raises DocumentTooLarge (413),
    UnsupportedDocumentType (415), NotAllowed (403)."""
    _require_supplier(user=user, project=project)
    limit = settings.REGISTRY_DOCUMENT_MAX_BYTES
    if file.size > limit:
        raise DocumentTooLarge(f"The file is {file.size} bytes; the limit is {limit}.")
    name = os.path.basename(file.name or "document")[:200]
    kind = _sniff_document(file, name)
    if kind is None:
        raise UnsupportedDocumentType("Documents may be PDF, PNG, JPEG, CSV or XLSX.")
    sha256 = _sha256(file)
    existing = ProjectDocument.objects.filter(project=project, sha256=sha256).first()
    if existing is not None:
        return existing
    document = ProjectDocument(
        project=project,
        title=title or name,
        filename=name,
        content_type=DOCUMENT_TYPES[kind],
        size_bytes=file.size,
        sha256=sha256,
        confidentiality=confidentiality,
        uploaded_by=user,
    )
    document.file.save(name, file, save=False)
    document.full_clean()
    document.save()
    return document


# Workflow ------------------------------------------------------------------


def _transition(*, project: Project, name: str, user: User, note: str = "") -> Project:
    """Lock the project, fire the named django-fsm transition and log it."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    method = getattr(project, name)
    if not can_proceed(method):
        raise TransitionNotAllowed(
            f"Cannot {name.replace('_', ' ')} a project that is {project.state}."
        )
    source = project.state
    method()
    update = ["state", "updated_at"]
    if project.state == ProjectState.PUBLISHED:
        project.published_at = timezone.now()
        update.append("published_at")
    project.save(update_fields=update)
    ProjectTransition.objects.create(
        project=project,
        name=name,
        source=source,
        target=project.state,
        actor=user,
        note=note,
    )
    logger.info(
        "registry.transition",
        extra={"project_id": str(project.pk), "from": source, "to": project.state},
    )
    return project


def _require_staff(user, *, admin: bool = False) -> None:
    allowed = policy.is_staff_admin(user) if admin else policy.is_staff(user)
    if not allowed:
        raise NotAllowed("Only registry staff may do this.")


def _active_grant(project: Project, user) -> VerifierGrant | None:
    return VerifierGrant.objects.filter(
        project=project, verifier=user, revoked_at__isnull=True
    ).first()


@transaction.atomic
def project_submit(*, project: Project, user: User, note: str = "") -> Project:
    _require_supplier(user=user, project=project)
    return _transition(project=project, name="submit", user=user, note=note)


@transaction.atomic
def verifier_grant_create(
    *, project: Project, user: User, verifier: User
) -> VerifierGrant:
    """Staff give one verifier (of any organization) access to one project; a
    submitted project moves into verification. Raises NotAllowed, ValidationError."""
    _require_staff(user, admin=True)
    if getattr(verifier, "role", None) != Role.VERIFIER:
        raise ValidationError(
            {"verifier": "That user does not have the verifier role."}
        )
    if verifier.organization == project.organization:
        raise ValidationError(
            {"verifier": "A verifier may not belong to the supplier organization."}
        )
    project = Project.objects.select_for_update().get(pk=project.pk)
    existing = _active_grant(project, verifier)
    if existing is not None:
        return existing
    grant = VerifierGrant.objects.create(
        project=project, verifier=verifier, granted_by=user
    )
    if project.state == ProjectState.SUBMITTED:
        _transition(
            project=project,
            name="start_verification",
            user=user,
            note=f"Verifier assigned: {verifier.email}",
        )
    return grant


@transaction.atomic
def verifier_grant_revoke(*, grant: VerifierGrant, user: User) -> VerifierGrant:
    _require_staff(user, admin=True)
    grant = VerifierGrant.objects.select_for_update().get(pk=grant.pk)
    if grant.revoked_at is None:
        grant.revoked_at = timezone.now()
        grant.revoked_by = user
        grant.save(update_fields=["revoked_at", "revoked_by"])
    return grant


@transaction.atomic
def assessment_file(
    *,
    project: Project,
    user: User,
    outcome: str,
    statement: str,
    conclusion: str,
    verified_quantity: Decimal,
    items: list[dict],
) -> Assessment:
    """The granted verifier's structured assessment. Raises NotAllowed,
    ValidationError (checklist incomplete), TransitionNotAllowed."""
    if _active_grant(project, user) is None:
        raise NotAllowed("Only a verifier granted this project may assess it.")
    expected = checklist_for(project.methodology)
    given = [item["criterion"] for item in items]
    missing = [c for c in expected if c not in given]
    extra = [c for c in given if c not in expected]
    if missing or extra or len(set(given)) != len(given):
        raise ValidationError(
            {
                "items": f"The {project.methodology} checklist needs exactly "
                f"{', '.join(expected)}; missing {missing}, unexpected {extra}."
            }
        )
    project = _transition(project=project, name="assess", user=user)
    assessment = Assessment(
        project=project,
        assessor=user,
        verifier_organization=user.membership.organization,
        methodology=project.methodology,
        outcome=outcome,
        statement=statement,
        conclusion=conclusion,
        verified_quantity=verified_quantity,
    )
    assessment.full_clean()
    assessment.save()
    AssessmentItem.objects.bulk_create(
        AssessmentItem(
            assessment=assessment,
            criterion=item["criterion"],
            finding=item["finding"],
            severity=item["severity"],
            evidence=item.get("evidence", ""),
        )
        for item in items
    )
    return assessment


def latest_assessment(project: Project, *, approved: bool = False) -> Assessment | None:
    assessments = Assessment.objects.filter(project=project)
    if approved:
        assessments = assessments.filter(approved_by__isnull=False)
    return (
        assessments.order_by("-created_at")
        .select_related("assessor", "approved_by", "verifier_organization")
        .first()
    )


def _last_submitter_id(project: Project):
    return (
        ProjectTransition.objects.filter(project=project, name="submit")
        .order_by("-created_at", "-id")
        .values_list("actor_id", flat=True)
        .first()
    )


@transaction.atomic
def project_approve(*, project: Project, user: User, note: str = "") -> Assessment:
    """Four eyes: a staff admin who is neither the assessor nor the submitter.
    Raises NotAllowed, FourEyesViolation (403), TransitionNotAllowed."""
    _require_staff(user, admin=True)
    assessment = latest_assessment(project)
    if assessment is None:
        raise TransitionNotAllowed("There is no assessment to approve.")
    if user.pk in (assessment.assessor_id, _last_submitter_id(project)):
        raise FourEyesViolation(
            "The assessor and the submitter may not approve their own work."
        )
    _transition(project=project, name="approve", user=user, note=note)
    assessment.approved_by = user
    assessment.approved_at = timezone.now()
    assessment.save(update_fields=["approved_by", "approved_at"])
    return assessment


@transaction.atomic
def project_request_changes(*, project: Project, user: User, note: str) -> Project:
    """Staff from any review step, the granted verifier while verifying."""
    verifier_may = (
        project.state == ProjectState.IN_VERIFICATION
        and _active_grant(project, user) is not None
    )
    if not (policy.is_staff(user) or verifier_may):
        raise NotAllowed("Only registry staff or the project's verifier may do this.")
    if not note.strip():
        raise ValidationError({"note": "Say what needs to change."})
    return _transition(project=project, name="request_changes", user=user, note=note)


@transaction.atomic
def project_publish(*, project: Project, user: User, note: str = "") -> Project:
    _require_staff(user, admin=True)
    return _transition(project=project, name="publish", user=user, note=note)


# Issuance and retirement ---------------------------------------------------


def _allocate_serials(quantity: int) -> int:
    """The first serial of a fresh contiguous block of `quantity`."""
    SerialCounter.objects.get_or_create(pk=1)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE registry_serialcounter SET next_serial = next_serial + %s "
            "WHERE id = 1 RETURNING next_serial - %s",
            [quantity, quantity],
        )
        (start,) = cursor.fetchone()
    return start


@transaction.atomic
def credits_issue(*, project: Project, user: User) -> CreditBatch:
    """Issue the latest approved assessment's verified tonnes (whole credits) as one
    serial block. Raises NotAllowed, TransitionNotAllowed (409)."""
    _require_staff(user, admin=True)
    project = Project.objects.select_for_update().get(pk=project.pk)
    if project.state != ProjectState.PUBLISHED:
        raise TransitionNotAllowed("Credits are issued for published projects only.")
    assessment = latest_assessment(project)
    if assessment is None or assessment.approved_by_id is None:
        raise TransitionNotAllowed("No approved assessment to issue against.")
    if CreditBatch.objects.filter(assessment=assessment).exists():
        raise TransitionNotAllowed("This assessment's credits are already issued.")
    quantity = int(assessment.verified_quantity.to_integral_value(ROUND_FLOOR))
    if quantity < 1:
        raise TransitionNotAllowed("The verified quantity is below one tonne.")
    start = _allocate_serials(quantity)
    batch = CreditBatch.objects.create(
        project=project,
        assessment=assessment,
        vintage=project.vintage,
        serials=NumericRange(start, start + quantity, "[)"),
        quantity=quantity,
        issued_by=user,
    )
    Project.objects.filter(pk=project.pk).update(
        credits_issued=F("credits_issued") + quantity
    )
    logger.info(
        "registry.credits_issued",
        extra={"project_id": str(project.pk), "quantity": quantity, "start": start},
    )
    return batch


def credits_retire(
    *,
    batch: CreditBatch,
    user: User,
    serial_start: int,
    serial_end: int,
    beneficiary: str,
    reason: str,
) -> Retirement:
    """A buyer retires serials [serial_start, serial_end] of a batch. Raises
    NotAllowed, ValidationError, SerialsAlreadyRetired (409: the database's
    exclusion constraint said so)."""
    if not policy.is_buyer(user):
        raise NotAllowed("Only buyers retire credits.")
    if not (batch.serial_start <= serial_start <= serial_end <= batch.serial_end):
        raise ValidationError(
            {
                "serial_start": f"Serials must lie within {batch.serial_start}-"
                f"{batch.serial_end}."
            }
        )
    quantity = serial_end - serial_start + 1
    try:
        with transaction.atomic():
            retirement = Retirement(
                batch=batch,
                serials=NumericRange(serial_start, serial_end + 1, "[)"),
                quantity=quantity,
                beneficiary=beneficiary,
                reason=reason,
                retired_by=user,
                buyer_organization=user.membership.organization,
            )
            retirement.full_clean(exclude=["serials"], validate_constraints=False)
            retirement.save(force_insert=True)
            Project.objects.filter(pk=batch.project_id).update(
                credits_retired=F("credits_retired") + quantity
            )
    except IntegrityError as exc:
        if "registry_serial_retired_once" in str(exc):
            raise SerialsAlreadyRetired(
                f"Serials {serial_start}-{serial_end} overlap a retirement."
            ) from exc
        raise
    logger.info(
        "registry.credits_retired",
        extra={"batch_id": str(batch.pk), "quantity": quantity},
    )
    return retirement
