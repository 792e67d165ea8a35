from django.urls import include, path
from rest_framework.views import APIView


class BoomApi(APIView):
    def get(self, request):
        raise RuntimeError("secret internals that must not leak")


urlpatterns = [
    path("api/v1/test/boom/", BoomApi.as_view()),
    path("", include("carbon.urls")),
]
