from django import forms


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Activity file",
        help_text="CSV or XLSX with description, quantity and unit columns "
        "(date, category, supplier, site optional).",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
