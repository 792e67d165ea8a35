from django import forms


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Activity file",
        help_text="CSV or XLSX, one activity a row: a description, and a quantity "
        "with its unit or an amount with its currency (date, category, supplier, "
        "site optional). Columns with other names can be mapped after the upload.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )


class MappingForm(forms.Form):
    """One select per detected column (field or "ignore") and the defaults; the
    rules are upload_mapping_set's, shown beside the fields they name."""

    IGNORE = ""

    def __init__(self, data=None, *, description: dict, **kwargs):
        super().__init__(data, **kwargs)
        choices = [(self.IGNORE, "— ignore —")] + [
            (field["name"], field["name"].replace("_", " "))
            for field in description["fields"]
        ]
        self.column_names = []
        for index, column in enumerate(description["columns"]):
            name = f"column_{index}"
            self.column_names.append((name, column))
            self.fields[name] = forms.ChoiceField(
                label=column["name"] or f"(column {index + 1})",
                choices=choices,
                required=False,
                initial=column["suggested_field"] or self.IGNORE,
                help_text=", ".join(s for s in column["samples"][:3] if s),
            )
        defaults = description["defaults"]
        self.fields["currency"] = forms.CharField(
            label="Default currency",
            required=False,
            max_length=8,
            initial=defaults.get("currency", ""),
            help_text="For amounts without a currency column, e.g. GBP.",
        )
        self.fields["region"] = forms.ChoiceField(
            label="Default region",
            required=False,
            choices=[("", "the organization's"), ("GB", "GB"), ("US", "US")],
            initial=defaults.get("region", ""),
        )

    def mapping(self) -> tuple[dict, dict]:
        columns = {
            column["name"]: self.cleaned_data[name]
            for name, column in self.column_names
        }
        defaults = {
            key: self.cleaned_data[key]
            for key in ("currency", "region")
            if self.cleaned_data[key]
        }
        return columns, defaults

    def add_service_errors(self, errors: list[dict]) -> None:
        """Put each of the service's errors beside the field it names."""
        by_header = {column["name"]: name for name, column in self.column_names}
        for error in errors:
            field = error.get("field", "")
            if field.startswith("columns.") and field[8:] in by_header:
                self.add_error(by_header[field[8:]], error["message"])
            elif field.startswith("defaults."):
                self.add_error(field[9:], error["message"])
            else:
                self.add_error(None, error["message"])
