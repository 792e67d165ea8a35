from django.urls import path

from reporting.registry.api import views as v

P = "projects/<uuid:project_id>/"
urlpatterns = [
    path("projects/", v.ProjectListApi.as_view(), name="registry-project-list"),
    path(P, v.ProjectDetailApi.as_view(), name="registry-project-detail"),
    path(f"{P}documents/", v.ProjectDocumentApi.as_view(), name="registry-documents"),
    path(f"{P}submit/", v.ProjectSubmitApi.as_view(), name="registry-submit"),
    path(
        f"{P}verifier-grants/",
        v.VerifierGrantListApi.as_view(),
        name="registry-grant-list",
    ),
    path(
        f"{P}verifier-grants/<uuid:grant_id>/",
        v.VerifierGrantDetailApi.as_view(),
        name="registry-grant-detail",
    ),
    path(f"{P}assessments/", v.AssessmentApi.as_view(), name="registry-assessments"),
    path(f"{P}approve/", v.ProjectApproveApi.as_view(), name="registry-approve"),
    path(
        f"{P}request-changes/",
        v.ProjectRequestChangesApi.as_view(),
        name="registry-request-changes",
    ),
    path(f"{P}publish/", v.ProjectPublishApi.as_view(), name="registry-publish"),
    path(
        f"{P}transitions/",
        v.ProjectTransitionListApi.as_view(),
        name="registry-transitions",
    ),
    path(f"{P}issue/", v.IssueApi.as_view(), name="registry-issue"),
    path("holdings/", v.HoldingListApi.as_view(), name="registry-holdings"),
    path("transfers/", v.TransferApi.as_view(), name="registry-transfers"),
    path("retirements/", v.RetirementApi.as_view(), name="registry-retirements"),
    path("checklists/", v.ChecklistApi.as_view(), name="registry-checklists"),
]
