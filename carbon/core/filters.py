from django.core.exceptions import ValidationError


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
