from decimal import Decimal

from django import forms

from sites.models import Site


class SiteForm(forms.Form):
    name = forms.CharField(max_length=200)
    kind = forms.ChoiceField(choices=Site.Kind.choices, initial=Site.Kind.WELL_PAD)
    emission_limit = forms.DecimalField(
        max_digits=18,
        decimal_places=3,
        min_value=Decimal("0.001"),
        label="Emission limit (kg CH4)",
    )
    latitude = forms.FloatField(required=False, min_value=-90, max_value=90)
    longitude = forms.FloatField(required=False, min_value=-180, max_value=180)


class ReadingForm(forms.Form):
    """One row of the manual ingestion form; blank rows are ignored. Values are kept
    as typed: the API's ingest serializer validates them, so the rules live once."""

    timestamp = forms.CharField(
        required=False,
        label="Timestamp (UTC)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": "1"}),
    )
    value = forms.CharField(
        required=False,
        label="Value (kg CH4)",
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    device_id = forms.CharField(required=False, max_length=64, label="Device id")

    def reading(self) -> dict | None:
        """The reading as the API's JSON would carry it, or None for a blank row."""
        data = {
            name: (self.cleaned_data.get(name) or "").strip() for name in self.fields
        }
        if not any(data.values()):
            return None
        timestamp = data["timestamp"]
        # <input type=datetime-local> sends no offset: the label says UTC.
        if timestamp and "T" in timestamp and not _has_offset(timestamp):
            timestamp += ":00Z" if timestamp.count(":") == 1 else "Z"
        return {
            "timestamp": timestamp,
            "value": data["value"],
            "device_id": data["device_id"],
        }


def _has_offset(timestamp: str) -> bool:
    tail = timestamp.split("T", 1)[1]
    return tail.endswith(("Z", "z")) or "+" in tail or "-" in tail


ReadingFormSet = forms.formset_factory(ReadingForm, extra=3, max_num=100)


class IngestForm(forms.Form):
    idempotency_key = forms.CharField(widget=forms.HiddenInput, max_length=255)
    simulate_lost_response = forms.BooleanField(
        required=False,
        label="Simulate a lost response",
        help_text="The server stores the batch, then drops its answer, as a flaky "
        "network would.",
    )
