import django_filters
from django.core.exceptions import ValidationError

from carbon.models import Job


def filter_queryset(filterset_class, data, queryset):
    """Apply a FilterSet; invalid parameters raise ValidationError (a 400 in the API)."""
    filterset = filterset_class(data or {}, queryset=queryset)
    if not filterset.is_valid():
        raise ValidationError(
            {
                name: [str(message) for message in messages]
                for name, messages in filterset.errors.items()
            }
        )
    return filterset.qs


class JobFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=Job.Status.choices)
    profile = django_filters.ChoiceFilter(choices=Job.Profile.choices)
    kind = django_filters.CharFilter()
    subject_id = django_filters.UUIDFilter()

    class Meta:
        model = Job
        fields = ["status", "profile", "kind", "subject_id"]
