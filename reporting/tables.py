import django_tables2 as tables

NUM = {"td": {"class": "num"}, "th": {"class": "num"}, "tf": {"class": "num"}}


class ResultTable(tables.Table):
    """Rows are result_groups() dicts; the footer is result_total()."""

    group = tables.Column(footer="Total")
    activities = tables.Column(attrs=NUM, footer=lambda table: table.total.activities)
    co2e_kg = tables.TemplateColumn(
        "{{ value|floatformat:3 }}",
        verbose_name="kg CO2e",
        attrs=NUM,
        footer=lambda table: f"{table.total.co2e_kg:.3f}",
    )

    class Meta:
        attrs = {"class": "table", "id": "results-table"}
        orderable = False
        empty_text = "No results yet: they appear once the upload is calculated."

    def __init__(self, data, *, total, group_label: str, **kwargs):
        super().__init__(data, **kwargs)
        self.total = total
        self.columns["group"].column.verbose_name = group_label
