import uuid

from django import forms

from matching.services.review import ReviewAction


class ReviewForm(forms.Form):
    """One row's button (`row` = "<activity id>:<action>", factor from that row's
    radio group) or the bulk bar (`bulk` = action, the ticked `activity_ids` and
    `bulk_factor`)."""

    row = forms.CharField(required=False)
    bulk = forms.ChoiceField(
        choices=[(a, a) for a in ReviewAction.CHOICES], required=False
    )
    activity_ids = forms.TypedMultipleChoiceField(
        required=False,
        coerce=uuid.UUID,
        choices=(),
        error_messages={"invalid_choice": "Unknown activity on this page."},
    )
    bulk_factor = forms.UUIDField(
        required=False,
        label="Factor for the selected",
        error_messages={"invalid": "Unknown factor."},
    )

    def __init__(self, data, *, page_ids, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["activity_ids"].choices = [(str(pk), str(pk)) for pk in page_ids]

    def clean(self):
        data = super().clean()
        if data.get("row"):
            activity_id, _, action = data["row"].partition(":")
            try:
                activity_id = uuid.UUID(activity_id)
            except ValueError:
                raise forms.ValidationError("Unknown activity.") from None
            if action not in ReviewAction.CHOICES:
                raise forms.ValidationError("Unknown action.")
            factor = self.data.get(f"factor-{activity_id}") or None
            data.update(ids=[activity_id], action=action, factor_id=factor)
        elif data.get("bulk"):
            if not data.get("activity_ids"):
                raise forms.ValidationError("Tick at least one activity first.")
            data.update(
                ids=data["activity_ids"],
                action=data["bulk"],
                factor_id=data.get("bulk_factor"),
            )
        else:
            raise forms.ValidationError("Choose an action.")
        return data
