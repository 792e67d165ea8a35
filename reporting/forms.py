from django import forms

from reporting.selectors import GROUPS


class ResultQueryForm(forms.Form):
    GROUP_CHOICES = [(group, group.capitalize()) for group in GROUPS]

    group_by = forms.ChoiceField(
        choices=GROUP_CHOICES, required=False, initial="category", label="Group by"
    )

    def clean_group_by(self):
        return self.cleaned_data["group_by"] or "category"


class InventoryYearForm(forms.Form):
    year = forms.IntegerField(
        required=False, min_value=1990, max_value=2100, label="Reporting year"
    )


class TargetsForm(forms.Form):
    base_year = forms.IntegerField(
        required=False, min_value=1990, max_value=2100, label="Base year"
    )
    year_start_month = forms.IntegerField(
        min_value=1, max_value=12, initial=1, label="Reporting year starts in month"
    )
    reduction_1_2 = forms.DecimalField(
        required=False, min_value=0.01, max_value=100, label="Scopes 1+2 reduction (%)"
    )
    target_year_1_2 = forms.IntegerField(
        required=False, min_value=1990, max_value=2100, label="Scopes 1+2 target year"
    )
    reduction_3 = forms.DecimalField(
        required=False, min_value=0.01, max_value=100, label="Scope 3 reduction (%)"
    )
    target_year_3 = forms.IntegerField(
        required=False, min_value=1990, max_value=2100, label="Scope 3 target year"
    )

    def targets(self) -> dict:
        data = self.cleaned_data
        return {
            "base_year": data["base_year"],
            "year_start_month": data["year_start_month"],
            "targets": [
                {
                    "scopes": scopes,
                    "target_year": data[f"target_year_{suffix}"],
                    "reduction_percent": data[f"reduction_{suffix}"],
                }
                for scopes, suffix in (("1+2", "1_2"), ("3", "3"))
                if data[f"reduction_{suffix}"] and data[f"target_year_{suffix}"]
            ],
        }


class SupplierFactorForm(forms.Form):
    supplier = forms.CharField(max_length=200, help_text="As it appears on your lines.")
    kg_co2e_per_unit = forms.DecimalField(
        label="kg CO2e per unit", max_digits=30, decimal_places=15, min_value=0
    )
    unit = forms.CharField(
        max_length=64, help_text="A currency code (GBP, USD…) or a unit (kWh, litre…)."
    )
    year = forms.IntegerField(min_value=1990, max_value=2100)
    source = forms.CharField(max_length=200, help_text="e.g. CDP 2023 response")
    url = forms.URLField(
        label="URL", max_length=500, required=False, assume_scheme="https"
    )


class ScopeOverrideForm(forms.Form):
    """A scope/category for one GL account or one factor. The factor is typed
    (its id or external id) or picked with the factor picker, whose radios post
    `factor-pick`."""

    SCOPES = [("1", "Scope 1"), ("2", "Scope 2"), ("3", "Scope 3")]
    CATEGORIES = [("", "—"), *[(str(n), f"Category {n}") for n in range(1, 16)]]

    gl_account = forms.CharField(
        max_length=200,
        required=False,
        label="GL account",
        help_text="The activity category as it appears on your lines.",
    )
    factor = forms.CharField(
        max_length=200,
        required=False,
        help_text="Or a factor: its id or external id (e.g. 1_101_1011_8_1), "
        "or search and pick one below.",
    )
    scope = forms.ChoiceField(choices=SCOPES)
    scope3_category = forms.TypedChoiceField(
        choices=CATEGORIES,
        coerce=int,
        empty_value=None,
        required=False,
        label="Scope 3 category",
    )
    note = forms.CharField(max_length=500, required=False, label="Reason")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["factor-pick"] = forms.UUIDField(
            required=False, widget=forms.HiddenInput
        )

    def clean(self):
        data = super().clean()
        picked = data.get("factor-pick")
        if picked and not data.get("factor"):
            data["factor"] = str(picked)
        if bool(data.get("gl_account", "").strip()) == bool(data.get("factor")):
            raise forms.ValidationError("Give a GL account or a factor (one of them).")
        if data.get("scope") == "3" and data.get("scope3_category") is None:
            self.add_error("scope3_category", "Scope 3 needs a category.")
        if data.get("scope") in ("1", "2") and data.get("scope3_category"):
            self.add_error("scope3_category", "Only Scope 3 has categories.")
        return data
