"""Plant records for MRV of CO2 removal (seed 003): plants, lab results, pH sensor
days and plant-operations records, read from their files. The rules that turn them
into removals live in `reporting.mrv`."""
