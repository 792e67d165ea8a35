import django_filters
from django.db.models import F

from sites.models import Site


class SiteFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(lookup_expr="icontains", label="Search")
    kind = django_filters.ChoiceFilter(choices=Site.Kind.choices)
    status = django_filters.ChoiceFilter(
        choices=Site.Status.choices, method="filter_status", label="Status"
    )

    class Meta:
        model = Site
        fields = ["name", "kind", "status"]

    def filter_status(self, queryset, name, value):
        within = {"total_emissions_to_date__lte": F("emission_limit")}
        if value == Site.Status.WITHIN_LIMIT:
            return queryset.filter(**within)
        return queryset.exclude(**within)
