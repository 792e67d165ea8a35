import django_tables2 as tables

from carbon.core.templatetags.display import amount
from ingestion.models import ActivityMatchStatus

NUM = {"td": {"class": "num"}, "th": {"class": "num"}, "tf": {"class": "num"}}


class ResultTable(tables.Table):
    """Rows are result_groups() dicts; the footer is result_total()."""

    group = tables.Column(footer="Total")
    activities = tables.Column(attrs=NUM, footer=lambda table: table.total.activities)
    co2e_kg = tables.Column(
        verbose_name="kg CO2e",
        attrs=NUM,
        footer=lambda table: amount(table.total.co2e_kg),
    )

    class Meta:
        attrs = {"class": "table", "id": "results-table"}
        orderable = False
        empty_text = "No results yet: they appear once the upload is calculated."

    def __init__(self, data, *, total, group_label: str, **kwargs):
        super().__init__(data, **kwargs)
        self.total = total
        self.columns["group"].column.verbose_name = group_label

    def render_co2e_kg(self, value) -> str:
        return amount(value)


class ActivityTable(tables.Table):
    """An upload's rows (activity_list), each linked to its trail."""

    row_number = tables.LinkColumn(
        "activities:detail",
        args=[tables.A("pk")],
        verbose_name="Row",
        attrs={**NUM, "a": {"class": "trail-link"}},
    )
    description = tables.Column()
    quantity = tables.TemplateColumn(
        '{{ value|floatformat:"-6g" }} {{ record.unit }}', attrs=NUM
    )
    match_status = tables.Column(verbose_name="Match", empty_values=())
    co2e_kg = tables.Column(
        accessor="pk", verbose_name="kg CO2e", attrs=NUM, empty_values=()
    )

    class Meta:
        attrs = {"class": "table", "id": "rows-table"}
        orderable = False
        empty_text = "No rows read yet."

    def render_match_status(self, record) -> str:
        return ActivityMatchStatus(record.match_status).label

    def render_co2e_kg(self, record) -> str:
        emission = getattr(record, "emission", None)
        if emission is None or emission.co2e_kg is None:
            return "—"
        return amount(emission.co2e_kg)
