import datetime as dt
import uuid
from decimal import Decimal

import factory
from django.utils import timezone

from matching.vocabulary import merchant_normalize
from reporting.models import (
    ClosedPeriod,
    DataQuality,
    Emission,
    InventorySettings,
    Recalculation,
    RecalculationRow,
    ScopeOverride,
    SupplierFactor,
    Target,
)
from tests.accounts.factories import OrganizationFactory, UserFactory
from tests.matching.ai_factories import ActivityFactory


# The result of a matched activity, as the calculate step writes it (10 kWh of the
# activity's factor).
class EmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Emission

    activity = factory.SubFactory(ActivityFactory)
    organization = factory.SelfAttribute("activity.organization")
    upload = factory.SelfAttribute("activity.upload")
    factor = factory.LazyAttribute(lambda o: o.activity.factor)
    factor_source = factory.LazyAttribute(lambda o: o.factor.source)
    factor_external_id = factory.LazyAttribute(lambda o: o.factor.external_id)
    factor_version = factory.LazyAttribute(lambda o: o.factor.version)
    factor_value = factory.LazyAttribute(lambda o: Decimal(o.factor.kg_co2e_per_unit))
    factor_unit = factory.LazyAttribute(lambda o: o.factor.unit)
    multiplier = Decimal(1)
    co2e_kg = factory.LazyAttribute(
        lambda o: Decimal(o.activity.quantity) * o.factor_value
    )
    status = Emission.Status.CALCULATED
    method_version = "test"
    calculated_at = factory.LazyFunction(timezone.now)
    scope = "2"
    data_quality = DataQuality.ACTIVITY_BASED


class ClosedPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClosedPeriod

    organization = factory.SubFactory(OrganizationFactory)
    start = dt.date(2024, 1, 1)
    end = dt.date(2024, 12, 31)
    closed_by = factory.SubFactory(UserFactory)


class RecalculationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recalculation

    organization = factory.SubFactory(OrganizationFactory)
    created_by = factory.SubFactory(UserFactory)


class RecalculationRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RecalculationRow

    recalculation = factory.SubFactory(RecalculationFactory)
    activity_id = factory.LazyFunction(uuid.uuid4)
    old_factor_id = factory.LazyFunction(uuid.uuid4)
    old_factor_version = "2023"
    old_factor_value = Decimal("0.2")
    old_co2e_kg = Decimal("2.0")
    new_factor_id = factory.LazyFunction(uuid.uuid4)
    new_factor_version = "2024"
    new_factor_value = Decimal("0.25")
    new_co2e_kg = Decimal("2.5")


# A GL-account override (gl_account set, no factor), Scope 3 category 6.
class ScopeOverrideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScopeOverride

    organization = factory.SubFactory(OrganizationFactory)
    gl_account = factory.Sequence(lambda n: f"Travel {n}")
    scope = "3"
    scope3_category = 6


class InventorySettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InventorySettings

    organization = factory.SubFactory(OrganizationFactory)
    year_start_month = 4
    base_year = 2022


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    organization = factory.SubFactory(OrganizationFactory)
    scopes = Target.Scopes.SCOPES_1_2
    target_year = 2030
    reduction_percent = Decimal("42.00")


class SupplierFactorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupplierFactor

    organization = factory.SubFactory(OrganizationFactory)
    # Letters, not numbers: the key drops store numbers.
    supplier = factory.Sequence(lambda n: f"Acme Paper {_letters(n)}")
    supplier_key = factory.LazyAttribute(lambda o: merchant_normalize(o.supplier))
    kg_co2e_per_unit = Decimal("0.35")
    unit = "USD"
    dimension = "currency"
    year = 2024
    source = "Supplier CDP response"
    created_by = factory.SubFactory(UserFactory)


def _letters(n: int) -> str:
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text
