from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from accounts.api.base import OrganizationApi
from accounts.permissions import capability_permission
from carbon.core.api.pagination import page_response
from carbon.jobs.models import Job
from carbon.jobs.selectors import job_get, job_list
from carbon.jobs.services import job_retry


class JobOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    profile = serializers.CharField()
    status = serializers.CharField()
    attempts = serializers.IntegerField()
    max_attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    next_attempt_at = serializers.DateTimeField(allow_null=True)
    duration_ms = serializers.IntegerField(allow_null=True)
    error = serializers.CharField()
    result = serializers.JSONField(allow_null=True)
    belongs_to = serializers.SerializerMethodField()

    def get_belongs_to(self, job) -> dict | None:
        if not job.subject_type:
            return None
        return {"type": job.subject_type, "id": str(job.subject_id)}


class JobListApi(OrganizationApi):
    permission_classes = [capability_permission(read="view_operations")]

    @extend_schema(
        parameters=[
            OpenApiParameter("status", enum=Job.Status.values),
            OpenApiParameter("profile", enum=Job.Profile.values),
        ],
        responses=JobOutputSerializer(many=True),
    )
    def get(self, request):
        jobs = job_list(organization=self.organization, filters=request.query_params)
        return page_response(self, request, jobs, JobOutputSerializer)


class JobRetryApi(OrganizationApi):
    permission_classes = [
        capability_permission(read="manage_jobs", write="manage_jobs")
    ]

    @extend_schema(request=None, responses=JobOutputSerializer)
    def post(self, request, job_id):
        job = job_get(organization=self.organization, job_id=job_id)
        return Response(JobOutputSerializer(job_retry(job=job)).data)
