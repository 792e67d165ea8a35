"""Registry writes: projects, documents, the verification workflow, issuance,
transfers and retirement. Who may do what is checked here (and mirrored in README's matrix)."""

from __future__ import annotations

import hashlib
import logging
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
from carbon.core.exceptions import ValidationFailed
from carbon.core.uploads import upload_filename
from ingestion.models import Plant
from reporting.registry import policy
from reporting.registry.checklists import checklist_for
from reporting.registry.exceptions import (
    DocumentTooLarge,
    FourEyesViolation,
    InsufficientCredits,
    NotAllowed,
    SerialsAlreadyRetired,
    SerialsNotHeld,
    TransitionNotAllowed,
    UnsupportedDocumentType,
)
from reporting.registry.models import (
    Assessment,
    AssessmentItem,
    CreditBatch,
    Holding,
    Project,
    ProjectDocument,
    ProjectState,
    ProjectTransition,
    Retirement,
    SerialCounter,
    Transfer,
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


def _is_supplier(user, project: Project) -> bool:
    membership = getattr(user, "membership", None)
    return (
        membership is not None
        and membership.role in SUPPLIER_ROLES
        and project.organization_id == membership.organization_id
    )


def _validate_visibility(visibility: dict) -> None:
    unknown = set(visibility) - set(policy.CONFIGURABLE_FIELDS)
    bad = {k for k, v in visibility.items() if v not in policy.C.values}
    if unknown or bad:
        raise ValidationError(
            {"visibility": f"Unknown fields {sorted(unknown)} or levels {sorted(bad)}."}
        )
    unshown = sorted(
        name
        for name, level in visibility.items()
        if level == policy.C.PUBLIC and name not in policy.PUBLIC_SURFACE_FIELDS
    )
    if unshown:
        raise ValidationError(
            {
                "visibility": f"No public page, export or API shows "
                f"{', '.join(unshown)}: it cannot be marked public."
            }
        )


def _narrowed_visibility(project: Project, *, user: User, levels: dict) -> dict:
    """The project's visibility with `levels` applied by staff. Raises NotAllowed
    unless the user is a staff admin and no level is wider than the current one."""
    _require_staff(user, admin=True)
    _validate_visibility(levels)
    wider = sorted(
        name
        for name, level in levels.items()
        if policy.is_wider(level, than=policy.field_level(project, name))
    )
    if wider:
        raise NotAllowed(
            f"Staff may only narrow who sees a field; widening {', '.join(wider)} "
            "is the supplier's, in a resubmitted version of the project."
        )
    return {**(project.visibility or {}), **levels}


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
    """The supplier edits in draft or after changes were requested; raises
    NotAllowed (403) or TransitionNotAllowed (409) once under review. Staff admins
    may only narrow `visibility` (the levels they name), in any state, to withdraw
    a field; widening is refused with NotAllowed."""
    plants = _plants_for(project.organization, fields.pop("plants", None))
    fields = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    staff_visibility = (
        policy.is_staff(user) and plants is None and set(fields) <= {"visibility"}
    )
    if not staff_visibility:
        _require_supplier(user=user, project=project)
    project = Project.objects.select_for_update().get(pk=project.pk)
    supplier_edit = project.state in EDITABLE_STATES and _is_supplier(user, project)
    if not (supplier_edit or staff_visibility):
        raise TransitionNotAllowed(
            "A project can be edited only in draft or after changes were requested."
        )
    if "visibility" in fields and supplier_edit:
        _validate_visibility(fields["visibility"] or {})
    elif "visibility" in fields:
        fields["visibility"] = _narrowed_visibility(
            project, user=user, levels=fields["visibility"] or {}
        )
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
    """Store a project document. Raises UploadFilenameInvalid (400),
    DocumentTooLarge (413), UnsupportedDocumentType (415), NotAllowed (403)."""
    _require_supplier(user=user, project=project)
    name = upload_filename(file.name) or "document"
    limit = settings.REGISTRY_DOCUMENT_MAX_BYTES
    if file.size > limit:
        raise DocumentTooLarge(f"The file is {file.size} bytes; the limit is {limit}.")
    kind = _sniff_document(file, name)
    if kind is None:
        raise UnsupportedDocumentType("Documents may be PDF, PNG, JPEG, CSV or XLSX.")
    sha256 = _sha256(file)
    existing = ProjectDocument.objects.filter(project=project, sha256=sha256).first()
    if existing is not None:
        return existing
    document = ProjectDocument(
        project=project,
        title=title or name[:200],
        filename=name[:200],
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
    grant = _active_grant(project, verifier)
    if grant is None:
        grant = VerifierGrant.objects.create(
            project=project, verifier=verifier, granted_by=user
        )
    # Also for a grant kept from an earlier round: a resubmission is verified again.
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


def _submitter_ids(project: Project) -> set:
    """Everyone who submitted the project, in any round (the transition log)."""
    return set(
        ProjectTransition.objects.filter(project=project, name="submit").values_list(
            "actor_id", flat=True
        )
    )


@transaction.atomic
def project_approve(*, project: Project, user: User, note: str = "") -> Assessment:
    """Four eyes: a staff admin who is not the project's creator, nor anyone who
    submitted it in any round, nor the assessor. Raises NotAllowed,
    FourEyesViolation (403), TransitionNotAllowed."""
    _require_staff(user, admin=True)
    assessment = latest_assessment(project)
    if assessment is None:
        raise TransitionNotAllowed("There is no assessment to approve.")
    authors = {project.created_by_id, assessment.assessor_id, *_submitter_ids(project)}
    if user.pk in authors:
        raise FourEyesViolation(
            "The project's creator, its submitters and its assessor may not approve it."
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
    serial block, held in the project owner's account. Raises NotAllowed,
    TransitionNotAllowed (409)."""
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
    Holding.objects.create(
        organization_id=project.organization_id,
        batch=batch,
        serials=batch.serials,
        quantity=quantity,
    )
    Project.objects.filter(pk=project.pk).update(
        credits_issued=F("credits_issued") + quantity
    )
    logger.info(
        "registry.credits_issued",
        extra={"project_id": str(project.pk), "quantity": quantity, "start": start},
    )
    return batch


# Holdings, transfers and retirement ----------------------------------------
#
# Every change to a batch's holdings first locks the batch row, so changes to one
# batch run one after another and each sees the last one's result (a lost race is
# a 409, never a double spend). The exclusion constraints and triggers of
# migration 0005 are the backstop: no serial in two holdings, never held and
# retired at once, never outside its batch.

TRADE_ROLES = frozenset({Role.ADMIN, Role.SUPPLIER, Role.BUYER})


def _span(start: int, quantity: int) -> NumericRange:
    return NumericRange(start, start + quantity, "[)")


def _lock_batch(batch: CreditBatch) -> CreditBatch:
    # FOR NO KEY UPDATE: inserts referencing the batch (their FOR KEY SHARE) in
    # this transaction are not blocked by it.
    return CreditBatch.objects.select_for_update(no_key=True).get(pk=batch.pk)


def _holding_locked(holding: Holding) -> Holding:
    """The holding as it is now, under the batch lock; SerialsNotHeld (409) when
    a concurrent transfer or retirement emptied it."""
    _lock_batch(holding.batch)
    current = Holding.objects.get(pk=holding.pk)
    if current.quantity == 0 or current.organization_id != holding.organization_id:
        raise SerialsNotHeld("This holding has been transferred or retired meanwhile.")
    return current


def _take(*, organization_id, batch: CreditBatch, serials: NumericRange) -> None:
    """Remove `serials` from the organization's holding that contains them all
    (the caller holds the batch lock). Raises SerialsAlreadyRetired or
    SerialsNotHeld (409)."""
    holding = (
        Holding.objects.select_for_update()
        .filter(organization_id=organization_id, batch=batch, serials__contains=serials)
        .first()
    )
    if holding is None:
        first, last = serials.lower, serials.upper - 1
        if Retirement.objects.filter(serials__overlap=serials).exists():
            raise SerialsAlreadyRetired(f"Serials {first}-{last} overlap a retirement.")
        raise SerialsNotHeld(
            f"Your account does not hold all of serials {first}-{last}."
        )
    rest = [
        part
        for part in (
            NumericRange(holding.serials.lower, serials.lower, "[)"),
            NumericRange(serials.upper, holding.serials.upper, "[)"),
        )
        if part.upper > part.lower
    ]
    # An emptied holding keeps its row (and id), with no serials.
    kept, *split = rest or [NumericRange(empty=True)]
    holding.serials = kept
    holding.quantity = 0 if kept.isempty else kept.upper - kept.lower
    holding.save(update_fields=["serials", "quantity", "updated_at"])
    for part in split:
        Holding.objects.create(
            organization_id=organization_id,
            batch=batch,
            serials=part,
            quantity=part.upper - part.lower,
        )


def _give(*, organization_id, batch: CreditBatch, serials: NumericRange) -> Holding:
    """Add `serials` to the organization's account, joined to an adjacent holding
    of the same batch when there is one."""
    neighbour = (
        Holding.objects.select_for_update()
        .filter(
            organization_id=organization_id, batch=batch, serials__adjacent_to=serials
        )
        .first()
    )
    if neighbour is None:
        return Holding.objects.create(
            organization_id=organization_id,
            batch=batch,
            serials=serials,
            quantity=serials.upper - serials.lower,
        )
    lower = min(neighbour.serials.lower, serials.lower)
    upper = max(neighbour.serials.upper, serials.upper)
    neighbour.serials = NumericRange(lower, upper, "[)")
    neighbour.quantity = upper - lower
    neighbour.save(update_fields=["serials", "quantity", "updated_at"])
    return neighbour


def _require_trader(user: User, holding: Holding) -> None:
    membership = getattr(user, "membership", None)
    if (
        membership is None
        or membership.role not in TRADE_ROLES
        or membership.organization_id != holding.organization_id
    ):
        raise NotAllowed(
            "Only the account's admins, suppliers and buyers may transfer its credits."
        )


@transaction.atomic
def credits_transfer(
    *, holding: Holding, user: User, quantity: int, to_organization
) -> Transfer:
    """Move the lowest `quantity` serials of the caller's own holding to another
    account. Raises NotAllowed (403), ValidationError, SerialsNotHeld or
    InsufficientCredits (409: a concurrent transfer or retirement got there first)."""
    _require_trader(user, holding)
    if to_organization.pk == holding.organization_id:
        raise ValidationError(
            {"to_organization": "Credits are transferred to another account."}
        )
    holding = _holding_locked(holding)
    if quantity > holding.quantity:
        raise InsufficientCredits(
            f"The holding has {holding.quantity} credits; {quantity} were asked for."
        )
    serials = _span(holding.serial_start, quantity)
    _take(organization_id=holding.organization_id, batch=holding.batch, serials=serials)
    _give(organization_id=to_organization.pk, batch=holding.batch, serials=serials)
    transfer = Transfer.objects.create(
        batch=holding.batch,
        serials=serials,
        quantity=quantity,
        from_organization_id=holding.organization_id,
        to_organization=to_organization,
        transferred_by=user,
    )
    logger.info(
        "registry.credits_transferred",
        extra={
            "batch_id": str(holding.batch_id),
            "quantity": quantity,
            "from": str(holding.organization_id),
            "to": str(to_organization.pk),
        },
    )
    return transfer


def _retire(
    *,
    batch: CreditBatch,
    user: User,
    serials: NumericRange,
    beneficiary: str,
    reason: str,
) -> Retirement:
    organization = user.membership.organization
    _take(organization_id=organization.pk, batch=batch, serials=serials)
    quantity = serials.upper - serials.lower
    retirement = Retirement(
        batch=batch,
        serials=serials,
        quantity=quantity,
        beneficiary=beneficiary,
        reason=reason,
        retired_by=user,
        buyer_organization=organization,
    )
    retirement.full_clean(exclude=["serials"], validate_constraints=False)
    try:
        with transaction.atomic():
            retirement.save(force_insert=True)
    except IntegrityError as exc:
        if "registry_serial_retired_once" in str(exc):
            raise SerialsAlreadyRetired(
                f"Serials {serials.lower}-{serials.upper - 1} overlap a retirement."
            ) from exc
        raise
    Project.objects.filter(pk=batch.project_id).update(
        credits_retired=F("credits_retired") + quantity
    )
    logger.info(
        "registry.credits_retired",
        extra={"batch_id": str(batch.pk), "quantity": quantity},
    )
    return retirement


def _require_buyer(user: User) -> None:
    if not policy.is_buyer(user):
        raise NotAllowed("Only buyers retire credits.")


@transaction.atomic
def credits_retire(
    *,
    batch: CreditBatch,
    user: User,
    serial_start: int,
    serial_end: int,
    beneficiary: str,
    reason: str,
) -> Retirement:
    """A buyer retires serials [serial_start, serial_end] of a batch from their own
    account's holding. Raises NotAllowed, ValidationError, SerialsAlreadyRetired or
    SerialsNotHeld (409)."""
    _require_buyer(user)
    if not (batch.serial_start <= serial_start <= serial_end <= batch.serial_end):
        raise ValidationError(
            {
                "serial_start": f"Serials must lie within {batch.serial_start}-"
                f"{batch.serial_end}."
            }
        )
    batch = _lock_batch(batch)
    return _retire(
        batch=batch,
        user=user,
        serials=NumericRange(serial_start, serial_end + 1, "[)"),
        beneficiary=beneficiary,
        reason=reason,
    )


@transaction.atomic
def holding_retire(
    *, holding: Holding, user: User, quantity: int, beneficiary: str, reason: str
) -> Retirement:
    """A buyer retires the lowest `quantity` serials of their own holding. Raises
    NotAllowed, SerialsNotHeld or InsufficientCredits (409)."""
    _require_buyer(user)
    if holding.organization_id != user.membership.organization_id:
        raise SerialsNotHeld("Your account does not hold these credits.")
    holding = _holding_locked(holding)
    if quantity > holding.quantity:
        raise InsufficientCredits(
            f"The holding has {holding.quantity} credits; {quantity} were asked for."
        )
    return _retire(
        batch=holding.batch,
        user=user,
        serials=_span(holding.serial_start, quantity),
        beneficiary=beneficiary,
        reason=reason,
    )
