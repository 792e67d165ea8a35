from django.urls import path

from matching.api.examples import MatchExampleListApi, MatchExampleWithdrawApi

urlpatterns = [
    path("match-examples/", MatchExampleListApi.as_view(), name="match-examples"),
    path(
        "match-examples/<int:entry_id>/withdraw/",
        MatchExampleWithdrawApi.as_view(),
        name="match-example-withdraw",
    ),
]
