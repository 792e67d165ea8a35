import django_tables2 as tables
from django.db.models import Case, F, IntegerField, Value, When

from carbon.core.templatetags.display import amount
from sites.models import Site

NUM = {"td": {"class": "num"}, "th": {"class": "num"}}


class SiteTable(tables.Table):
    name = tables.LinkColumn("sites:detail", args=[tables.A("pk")])
    kind = tables.Column()
    total_emissions_to_date = tables.Column(verbose_name="Total (kg CH4)", attrs=NUM)
    emission_limit = tables.Column(verbose_name="Limit (kg CH4)", attrs=NUM)
    status = tables.TemplateColumn(
        '<span class="badge {{ record.status }}">'
        "{% if record.status == 'within_limit' %}Within Limit"
        "{% else %}Limit Exceeded{% endif %}</span>",
    )
    updated_at = tables.DateTimeColumn(format="Y-m-d H:i:s", verbose_name="Updated")

    class Meta:
        model = Site
        fields = [
            "name",
            "kind",
            "total_emissions_to_date",
            "emission_limit",
            "status",
            "updated_at",
        ]
        attrs = {"class": "table", "id": "sites-table"}
        empty_text = "No sites match these filters."
        order_by = "name"

    def order_status(self, queryset, is_descending):
        exceeded = Case(
            When(total_emissions_to_date__gt=F("emission_limit"), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        queryset = queryset.annotate(exceeded=exceeded).order_by(
            ("-" if is_descending else "") + "exceeded", "name"
        )
        return queryset, True

    def render_total_emissions_to_date(self, value) -> str:
        return amount(value)

    def render_emission_limit(self, value) -> str:
        return amount(value)


class ReadingTable(tables.Table):
    timestamp = tables.DateTimeColumn(format="Y-m-d H:i:s e")
    device_id = tables.Column(verbose_name="Device")
    value = tables.Column(verbose_name="Value (kg CH4)", attrs=NUM)
    ingested_at = tables.DateTimeColumn(format="Y-m-d H:i:s", verbose_name="Ingested")

    class Meta:
        attrs = {"class": "table", "id": "readings-table"}
        orderable = False
        empty_text = "No readings yet. Send some with the form on this page or POST /api/v1/ingest/."

    def render_value(self, value) -> str:
        return amount(value)
