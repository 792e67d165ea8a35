import django_filters

from carbon.jobs.models import Job


class JobFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=Job.Status.choices)
    profile = django_filters.ChoiceFilter(choices=Job.Profile.choices)
    kind = django_filters.CharFilter()
    subject_id = django_filters.UUIDFilter()

    class Meta:
        model = Job
        fields = ["status", "profile", "kind", "subject_id"]
