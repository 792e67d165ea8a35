from rest_framework import serializers

from ingestion.models import FileCheck, Plant
from reporting.mrv.models import DailyRemoval, QaIssue, Statement, StatementEvent


def _decimal(**kwargs):
    return serializers.DecimalField(
        max_digits=40, decimal_places=12, allow_null=True, **kwargs
    )


class PlantInputSerializer(serializers.Serializer):
    """Shapes only: the code and mapping rules are plant_create's (one place for the
    API and the dashboard)."""

    code = serializers.CharField(max_length=64)
    name = serializers.CharField(max_length=200, required=False, default="")
    mapping = serializers.JSONField(required=False, default=dict)


class PlantOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Plant
        fields = ["id", "code", "name", "mapping", "created_at"]


class RemovalOutputSerializer(serializers.ModelSerializer):
    plant = serializers.CharField(source="plant.code")
    ca_upstream_mg_l = _decimal()
    ca_downstream_mg_l = _decimal()
    ca_delta_mg_l = _decimal()
    flow_mgd = _decimal()
    co2_t = _decimal()
    co2_t_uncertainty = _decimal()
    intermediates = serializers.SerializerMethodField()
    qa_levels = serializers.SerializerMethodField()

    class Meta:
        model = DailyRemoval
        fields = [
            "id",
            "plant",
            "date",
            "ca_upstream_mg_l",
            "ca_downstream_mg_l",
            "ca_delta_mg_l",
            "flow_mgd",
            "co2_t",
            "co2_t_uncertainty",
            "quality_flag",
            "message",
            "sources",
            "version",
            "qa_levels",
            "intermediates",
        ]

    def get_qa_levels(self, removal) -> dict:
        """Levels 1-4 as stored; level 5 (expert review) from approved statements."""
        approved = getattr(removal, "approved", False)
        return {
            **removal.qa_levels,
            "5": {
                "status": "pass" if approved else "pending",
                "message": "In an approved statement."
                if approved
                else "Not yet in an approved statement.",
            },
        }

    def get_intermediates(self, removal) -> dict:
        names = [
            "ca_upstream_n",
            "ca_downstream_n",
            "ca_upstream_uncertainty",
            "ca_downstream_uncertainty",
            "ca_delta_uncertainty",
            "flow_m3_day",
            "flow_l_day",
            "caco3_mg",
            "co2_mg",
            "ph_mean",
            "ph_min",
            "ph_max",
            "method_version",
        ]
        values = {name: getattr(removal, name) for name in names}
        return {
            k: (v if isinstance(v, int | None) else str(v)) for k, v in values.items()
        }


class FlagCountsSerializer(serializers.Serializer):
    VALID = serializers.IntegerField()
    INVALID = serializers.IntegerField()
    NO_OPS_DATA = serializers.IntegerField()
    INVALID_FLOW = serializers.IntegerField()
    MISSING_CA_READINGS = serializers.IntegerField()


class PlantSummarySerializer(serializers.Serializer):
    plant = serializers.CharField()
    days = serializers.IntegerField()
    days_by_flag = FlagCountsSerializer()
    co2_t = _decimal()
    co2_t_uncertainty = _decimal()


class SummaryOutputSerializer(serializers.Serializer):
    days = serializers.IntegerField()
    days_by_flag = FlagCountsSerializer()
    co2_t = _decimal(help_text="Total t CO2 of VALID days.")
    co2_t_uncertainty = _decimal(help_text="± (root sum of squares of VALID days).")
    plants = PlantSummarySerializer(many=True)


class QaIssueOutputSerializer(serializers.ModelSerializer):
    plant = serializers.CharField(source="plant.code")
    upload = serializers.UUIDField(source="upload_id", allow_null=True)
    file = serializers.SerializerMethodField()

    class Meta:
        model = QaIssue
        fields = [
            "id",
            "plant",
            "date",
            "level",
            "code",
            "message",
            "details",
            "upload",
            "file",
            "sheet",
            "row",
        ]

    def get_file(self, issue) -> str | None:
        return issue.upload.filename if issue.upload_id else None


class FileCheckOutputSerializer(serializers.ModelSerializer):
    upload = serializers.UUIDField(source="upload_id")
    file = serializers.CharField(source="upload.filename")

    class Meta:
        model = FileCheck
        fields = ["upload", "file", "level", "code", "status", "message", "count"]


class StatementInputSerializer(serializers.Serializer):
    plant = serializers.CharField(max_length=64)
    start = serializers.DateField()
    end = serializers.DateField()

    def to_internal_value(self, data):
        data = {**data, "start": data.get("from"), "end": data.get("to")}
        return super().to_internal_value(data)


class NoteInputSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=5000, required=False, default="")


class RequiredNoteInputSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=5000)


class EventOutputSerializer(serializers.ModelSerializer):
    # The API's names for the log's fields (carbon.core.workflow.TransitionLog).
    action = serializers.CharField(source="name", max_length=32)
    from_status = serializers.CharField(
        source="source", max_length=20, allow_blank=True, required=False
    )
    to_status = serializers.CharField(source="target", max_length=20)
    actor = serializers.EmailField(source="actor.email", allow_null=True, default=None)
    at = serializers.DateTimeField(source="created_at", read_only=True)

    class Meta:
        model = StatementEvent
        fields = ["action", "from_status", "to_status", "actor", "note", "at"]


class StatementOutputSerializer(serializers.ModelSerializer):
    plant = serializers.CharField(source="plant.code")
    start = serializers.DateField(source="period_start")
    end = serializers.DateField(source="period_end")
    total_co2_t = _decimal()
    total_co2_t_uncertainty = _decimal()
    submitted_by = serializers.EmailField(
        source="submitted_by.email", allow_null=True, default=None
    )
    approved_by = serializers.EmailField(
        source="approved_by.email", allow_null=True, default=None
    )
    previous = serializers.UUIDField(source="previous_id", allow_null=True)
    events = EventOutputSerializer(many=True)

    class Meta:
        model = Statement
        fields = [
            "id",
            "plant",
            "start",
            "end",
            "version",
            "status",
            "total_co2_t",
            "total_co2_t_uncertainty",
            "days_by_flag",
            "previous",
            "submitted_by",
            "submitted_at",
            "approved_by",
            "approved_at",
            "note",
            "created_at",
            "events",
        ]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["from"], data["to"] = data.pop("start"), data.pop("end")
        return data
