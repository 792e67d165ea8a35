"""Reporting's domain errors (API.md's table)."""

from carbon.core.exceptions import Conflict


class SupplierFactorExists(Conflict):
    code = "supplier_factor_exists"
    title = "Another member recorded this supplier's factor"
