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


def _path(value) -> list[str] | None:
    parts = [line.strip() for line in (value or "").splitlines() if line.strip()]
    return parts or None


class PlantForm(forms.Form):
    """A plant and its column mapping. Only shapes the input: what a usable code or
    mapping is stays plant_create/plant_update's (the same rules as the API)."""

    PATH_HELP = "The header cell lines above the column, one per line, top to bottom."

    code = forms.CharField(max_length=64, label="Code")
    name = forms.CharField(max_length=200, required=False, label="Name")
    builtin = forms.BooleanField(
        required=False,
        initial=True,
        label="Use the built-in layouts (Plant A and Plant B sample workbooks)",
    )
    header_rows = forms.IntegerField(required=False, label="Header rows")
    date = forms.CharField(
        required=False, label="Date column", widget=forms.Textarea(attrs={"rows": 2})
    )
    effluent_flow_mgd = forms.CharField(
        required=False,
        label="Effluent flow (MGD) column",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    influent_flow_mgd = forms.CharField(
        required=False,
        label="Influent flow (MGD) column",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    generated_row = forms.IntegerField(required=False, label="Generated-at cell: row")
    generated_column = forms.IntegerField(required=False, label="column")

    def __init__(self, *args, plant=None, **kwargs):
        if plant is not None:
            kwargs.setdefault("initial", self.initial_for(plant))
        super().__init__(*args, **kwargs)
        if plant is not None:
            del self.fields["code"]
        for name in ("date", "effluent_flow_mgd", "influent_flow_mgd"):
            self.fields[name].help_text = self.PATH_HELP

    @staticmethod
    def initial_for(plant) -> dict:
        mapping = plant.mapping or {}
        columns = mapping.get("columns") or {}
        where = mapping.get("generated_at") or {}
        return {
            "name": plant.name,
            "builtin": not mapping,
            "header_rows": mapping.get("header_rows"),
            **{
                name: "\n".join(columns.get(name) or [])
                for name in ("date", "effluent_flow_mgd", "influent_flow_mgd")
            },
            "generated_row": where.get("row"),
            "generated_column": where.get("column"),
        }

    def mapping(self) -> dict:
        data = self.cleaned_data
        if data.get("builtin"):
            return {}
        mapping = {
            "header_rows": 1
            if data.get("header_rows") is None
            else data["header_rows"],
            "columns": {
                name: _path(data.get(name))
                for name in ("date", "effluent_flow_mgd", "influent_flow_mgd")
            },
            "generated_at": None,
        }
        if data.get("generated_row") is not None or data.get("generated_column"):
            mapping["generated_at"] = {
                "row": data.get("generated_row"),
                "column": data.get("generated_column"),
            }
        return mapping


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
        self.fields["plant"].choices = [("", "Named in the file (Crew lab files)")] + [
            (p, p) for p in plants
        ]
