import django_filters
from django.db.models import Q

from ingestion.models import Activity, ActivityMatchStatus


class ActivityFilter(django_filters.FilterSet):
    upload = django_filters.UUIDFilter(field_name="upload_id")
    match_status = django_filters.ChoiceFilter(
        choices=ActivityMatchStatus.choices, method="filter_match_status"
    )
    category = django_filters.CharFilter(field_name="category", lookup_expr="iexact")
    search = django_filters.CharFilter(method="filter_search")

    class Meta:
        model = Activity
        fields = ["upload", "match_status", "category", "search"]

    def filter_match_status(self, queryset, name, value):
        """The key's status; a row whose key is not matched yet is pending."""
        if value == ActivityMatchStatus.PENDING:
            return queryset.filter(Q(match__id__isnull=True) | Q(match__status=value))
        return queryset.filter(match__status=value)

    def filter_search(self, queryset, name, value):
        return queryset.filter(
            Q(description__icontains=value)
            | Q(supplier__icontains=value)
            | Q(external_id__iexact=value)
        )
