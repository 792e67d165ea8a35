from django.urls import path

from reporting import inventory_views, scope_override_views, supplier_factor_views

app_name = "inventory"
urlpatterns = [
    path("", inventory_views.inventory_view, name="page"),
    path("report/", inventory_views.inventory_report_view, name="report"),
    path("targets/", inventory_views.targets_view, name="targets"),
    path(
        "supplier-factors/",
        supplier_factor_views.supplier_factors_view,
        name="supplier-factors",
    ),
    path(
        "supplier-factors/<uuid:supplier_factor_id>/delete/",
        supplier_factor_views.supplier_factor_delete_view,
        name="supplier-factor-delete",
    ),
    path(
        "classification/",
        scope_override_views.scope_overrides_view,
        name="classification",
    ),
    path(
        "classification/<int:scope_override_id>/delete/",
        scope_override_views.scope_override_delete_view,
        name="scope-override-delete",
    ),
]
