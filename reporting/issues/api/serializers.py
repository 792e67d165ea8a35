from __future__ import annotations

from rest_framework import serializers

from reporting.issues.models import IngestionIssue
from reporting.issues.selectors import source_link


class IngestionIssueOutputSerializer(serializers.ModelSerializer):
    assignee = serializers.EmailField(source="assignee.email", allow_null=True)
    link = serializers.SerializerMethodField()

    class Meta:
        model = IngestionIssue
        fields = [
            "id",
            "kind",
            "status",
            "title",
            "detail",
            "occurrences",
            "source_type",
            "source_id",
            "link",
            "assignee",
            "first_seen_at",
            "updated_at",
            "resolved_at",
        ]

    def get_link(self, issue) -> str:
        return source_link(issue)


class IssueQuerySerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=IngestionIssue.Status.choices, required=False, allow_blank=True
    )
    kind = serializers.ChoiceField(
        choices=IngestionIssue.Kind.choices, required=False, allow_blank=True
    )


class IngestionIssueInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=IngestionIssue.Status.choices, required=False
    )
    assignee = serializers.EmailField(required=False, allow_null=True)
