import factory

from matching.models import EmissionFactor


class EmissionFactorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmissionFactor

    source = "desnz"
    version = "test"
    year = 2024
    external_id = factory.Sequence(lambda n: f"T-{n}")
    name = factory.Sequence(lambda n: f"Electricity grid mix {n}")
    category_path = "UK electricity"
    region = "GB"
    unit = "kilowatt_hour"
    unit_label = "kWh"
    dimension = "[mass] * [length] ** 2 / [time] ** 2"
    kg_co2e_per_unit = "0.207"
