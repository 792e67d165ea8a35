from django import forms

from reporting.selectors import GROUPS


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Activity file",
        help_text="CSV or XLSX with description, quantity and unit columns "
        "(date, category, supplier, site optional).",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )


class ResultQueryForm(forms.Form):
    GROUP_CHOICES = [(group, group.capitalize()) for group in GROUPS]

    group_by = forms.ChoiceField(
        choices=GROUP_CHOICES, required=False, initial="category", label="Group by"
    )

    def clean_group_by(self):
        return self.cleaned_data["group_by"] or "category"
