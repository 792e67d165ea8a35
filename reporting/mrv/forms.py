from django import forms

from reporting.mrv.calculation import Flag


class RemovalQueryForm(forms.Form):
    plant = forms.ChoiceField(required=False)
    date_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    flag = forms.MultipleChoiceField(
        required=False,
        choices=[(f, f) for f in Flag.ALL],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, plants=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plant"].choices = [("", "All plants")] + [(p, p) for p in plants]

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        filters = {
            "plant": data.get("plant") or "",
            "from": data["date_from"].isoformat() if data.get("date_from") else "",
            "to": data["date_to"].isoformat() if data.get("date_to") else "",
        }
        if data.get("flag"):
            filters["flag"] = ",".join(data["flag"])
        return filters


class StatementForm(forms.Form):
    plant = forms.CharField(max_length=64)
    date_from = forms.DateField()
    date_to = forms.DateField()


class NoteForm(forms.Form):
    note = forms.CharField(required=False, max_length=5000)


class MrvUploadForm(forms.Form):
    KINDS = [
        ("plant_operations", "Plant operations workbook (.xlsx, .xls)"),
        ("lab_results", "Lab results (Crew CSV or Water Quality Portal)"),
        ("sensor_readings", "pH sensor minute data (timestamp,value)"),
    ]
    kind = forms.ChoiceField(choices=KINDS, label="Kind")
    plant = forms.ChoiceField(required=False, label="Plant of the file")
    file = forms.FileField(label="MRV file")

    def __init__(self, *args, plants=(), **kwargs):
        kwargs.setdefault("auto_id", "upload_%s")
        super().__init__(*args, **kwargs)
        self.fields["plant"].choices = [("", "Named in the file")] + [
            (p, p) for p in plants
        ]
