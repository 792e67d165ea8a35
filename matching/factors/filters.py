import django_filters
from django.db.models import Q

from matching.factors.models import EmissionFactor, FactorSource
from matching.factors.units import UnknownUnit, unit_dimension, unit_normalize


class EmissionFactorFilter(django_filters.FilterSet):
    search = django_filters.CharFilter(method="filter_search")
    unit = django_filters.CharFilter(method="filter_unit")
    source = django_filters.ChoiceFilter(choices=FactorSource.choices)
    region = django_filters.CharFilter(field_name="region", lookup_expr="iexact")

    class Meta:
        model = EmissionFactor
        fields = ["search", "unit", "source", "region"]

    def filter_search(self, queryset, name, value):
        return queryset.filter(
            Q(name__icontains=value)
            | Q(category_path__icontains=value)
            | Q(external_id__iexact=value)
        )

    def filter_unit(self, queryset, name, value):
        """Factors the unit can be converted into (same dimension)."""
        try:
            dimension = unit_dimension(unit_normalize(value))
        except UnknownUnit:
            return queryset.none()
        return queryset.filter(dimension=dimension)
