from django import forms


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text="CSV or XLSX with description, quantity and unit columns."
    )
