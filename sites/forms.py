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
