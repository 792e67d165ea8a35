"""One transition-and-log mechanism for the workflows people sign off (registry
projects, MRV statements).

A `Workflow` model declares its graph with django-fsm-2's `@transition` on an
`FSMField`; each transition method takes `by` and `note` and sets the fields that
change with the state (`submitted_by`, `published_at`). Services decide *who* may
move it and then call `transition_apply`, which locks the row, refuses a move the
graph or a condition does not allow (the caller's 409), fires the transition, saves
what it changed and writes one row of the model's `TransitionLog`.
"""

from __future__ import annotations

import logging
from typing import ClassVar, TypeVar

from django.conf import settings
from django.db import models
from django_fsm import can_proceed

logger = logging.getLogger(__name__)


class Workflow(models.Model):
    """A model whose state moves only through `transition_apply`."""

    # The FSMField holding the state, and the reverse accessor of the model's log
    # (the related_name of its TransitionLog's foreign key).
    state_field: ClassVar[str] = "state"
    log_name: ClassVar[str] = "transitions"

    class Meta:
        abstract = True

    def transition_refused(self, name: str) -> str:
        """Why transition `name` cannot run now: the detail of the 409."""
        state = getattr(self, self.state_field)
        verbose_name = self._meta.verbose_name
        return f"Cannot {name.replace('_', ' ')} a {verbose_name} that is {state}."


class TransitionLog(models.Model):
    """One step of a workflow: which transition, from and to which state, who, why
    and when. A concrete log adds the foreign key to its Workflow model."""

    id = models.BigAutoField(primary_key=True)
    name = models.CharField(max_length=32)
    source = models.CharField(max_length=32, blank=True)
    target = models.CharField(max_length=32)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.name} {self.source}->{self.target}"


W = TypeVar("W", bound=Workflow)


def transition_apply(
    obj: W, name: str, *, by, note: str = "", refused: type[Exception]
) -> W:
    """Lock `obj`'s row and reload it, run its transition `name`, save the fields it
    changed and log the step; returns `obj`. Raises `refused` (a 409) when the graph
    or a condition does not allow `name` from the current state. Runs inside the
    caller's transaction."""
    model = type(obj)
    obj.refresh_from_db(from_queryset=model._base_manager.select_for_update())
    method = getattr(obj, name)
    if not can_proceed(method):
        raise refused(obj.transition_refused(name))
    source = getattr(obj, obj.state_field)
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    before = {f.name: f.value_from_object(obj) for f in fields}
    method(by=by, note=note)
    changed = [f.name for f in fields if f.value_from_object(obj) != before[f.name]]
    stamped = [f.name for f in fields if getattr(f, "auto_now", False)]  # updated_at
    obj.save(update_fields=[*changed, *stamped])
    transition_record(obj, name, source=source, by=by, note=note)
    logger.info(
        "workflow.transition",
        extra={
            "model": model._meta.label,
            "id": str(obj.pk),
            "transition": name,
            "from": source,
            "to": getattr(obj, obj.state_field),
        },
    )
    return obj


def transition_record(
    obj: Workflow, name: str, *, source: str, by=None, note: str = ""
) -> TransitionLog:
    """Write one row of `obj`'s log, ending in its current state: `transition_apply`
    calls it; call it directly for a step that is no transition (a statement
    created or recomputed)."""
    return getattr(obj, obj.log_name).create(
        name=name,
        source=source,
        target=getattr(obj, obj.state_field),
        actor=by,
        note=note,
    )
