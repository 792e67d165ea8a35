import pytest
from django.db import connection

from carbon.core.workflow import transition_apply, transition_record
from reporting.mrv.exceptions import StatementTransitionNotAllowed
from reporting.mrv.models import Statement
from reporting.registry.exceptions import TransitionNotAllowed
from reporting.registry.models import Project, ProjectState
from tests.accounts.factories import UserFactory
from tests.reporting.mrv.factories import StatementFactory
from tests.reporting.registry.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_a_transition_saves_what_it_changed_and_logs_the_step():
    project = ProjectFactory(state=ProjectState.APPROVED)
    staff = UserFactory()

    moved = transition_apply(
        project, "publish", by=staff, note="Live", refused=TransitionNotAllowed
    )

    stored = Project.objects.get(pk=project.pk)
    assert moved is project
    assert (stored.state, stored.published_at) == ("published", project.published_at)
    assert stored.published_at is not None
    step = stored.transitions.get()
    assert (step.name, step.source, step.target, step.actor, step.note) == (
        "publish",
        "approved",
        "published",
        staff,
        "Live",
    )


def test_a_move_the_graph_does_not_allow_raises_the_callers_409_and_logs_nothing():
    project = ProjectFactory()

    with pytest.raises(TransitionNotAllowed, match="Cannot publish a project"):
        transition_apply(
            project, "publish", by=UserFactory(), refused=TransitionNotAllowed
        )

    assert Project.objects.get(pk=project.pk).state == "draft"
    assert not project.transitions.exists()


def test_a_stale_instance_moves_from_the_state_in_the_database():
    statement = StatementFactory()
    stale = Statement.objects.get(pk=statement.pk)
    submitter = UserFactory()
    transition_apply(
        statement, "submit", by=submitter, refused=StatementTransitionNotAllowed
    )

    with pytest.raises(StatementTransitionNotAllowed, match="A submitted statement"):
        transition_apply(
            stale, "submit", by=submitter, refused=StatementTransitionNotAllowed
        )
    assert stale.submitted_by == submitter


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("approve", "A computed statement cannot become approved."),
        ("submit", "A newer version of this statement exists; act on it instead."),
    ],
)
def test_a_refused_statement_move_says_why(name, message):
    statement = StatementFactory()
    StatementFactory(
        plant=statement.plant, version=2, previous=statement, created_by=None
    )

    with pytest.raises(StatementTransitionNotAllowed) as refused:
        transition_apply(
            statement, name, by=UserFactory(), refused=StatementTransitionNotAllowed
        )

    assert refused.value.detail == message


def test_the_statement_log_keeps_its_columns():
    statement = StatementFactory()
    transition_record(statement, "created", source="", by=statement.created_by)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT action, from_status, to_status, actor_id, at IS NOT NULL "
            "FROM mrv_statementevent WHERE statement_id = %s",
            [statement.pk],
        )
        assert cursor.fetchall() == [
            ("created", "", "computed", statement.created_by_id, True)
        ]
