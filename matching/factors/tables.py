import django_tables2 as tables

from matching.factors.compatibility import factor_value_words
from matching.factors.models import EmissionFactor

NUM = {"td": {"class": "num"}, "th": {"class": "num"}}


class EmissionFactorTable(tables.Table):
    name = tables.LinkColumn("factors:detail", args=[tables.A("pk")])
    source = tables.Column()
    external_id = tables.Column(verbose_name="External id")
    region = tables.Column()
    value = tables.Column(
        verbose_name="Value",
        accessor="kg_co2e_per_unit",
        order_by=("kg_co2e_per_unit",),
    )
    version = tables.TemplateColumn(
        "{{ record.version }} ({{ record.year }})", verbose_name="Version (year)"
    )
    ghg_scope = tables.TemplateColumn(
        "{% if record.ghg_scope %}Scope {{ record.ghg_scope }}"
        "{% if record.scope3_category %} · cat. {{ record.scope3_category }}"
        "{% endif %}{% else %}Unclassified{% endif %}",
        verbose_name="Scope",
    )

    class Meta:
        model = EmissionFactor
        fields = [
            "name",
            "source",
            "external_id",
            "region",
            "value",
            "version",
            "ghg_scope",
        ]
        attrs = {"class": "table", "id": "factors-table"}
        empty_text = "No factor matches these filters."

    def render_value(self, record):
        return factor_value_words(record)
