import django_filters

from reporting.mrv.models import DailyRemoval, QaIssue, Statement


class PeriodFilter(django_filters.FilterSet):
    plant = django_filters.CharFilter(field_name="plant__code")
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")

    @classmethod
    def translate(cls, params) -> dict:
        """`from`/`to` are Python keywords: the API names them, the filter renames."""
        data = {key: params.get(key) for key in params}
        data["date_from"] = data.pop("from", None)
        data["date_to"] = data.pop("to", None)
        return {key: value for key, value in data.items() if value}


class RemovalFilter(PeriodFilter):
    flag = django_filters.MultipleChoiceFilter(
        field_name="quality_flag", choices=DailyRemoval.QualityFlag.choices
    )

    class Meta:
        model = DailyRemoval
        fields = ["plant", "flag"]

    @classmethod
    def translate(cls, params) -> dict:
        data = super().translate(params)
        if hasattr(params, "getlist") and params.getlist("flag"):
            flags = [f for value in params.getlist("flag") for f in value.split(",")]
            data["flag"] = [f for f in flags if f]
        elif data.get("flag"):
            data["flag"] = data["flag"].split(",")
        return data


class IssueFilter(PeriodFilter):
    level = django_filters.NumberFilter()
    code = django_filters.CharFilter()

    class Meta:
        model = QaIssue
        fields = ["plant", "level", "code"]


class StatementFilter(django_filters.FilterSet):
    plant = django_filters.CharFilter(field_name="plant__code")
    status = django_filters.ChoiceFilter(choices=Statement.Status.choices)

    class Meta:
        model = Statement
        fields = ["plant", "status"]
