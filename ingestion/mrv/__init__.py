"""MRV inputs: plants, lab results, pH sensor days and plant-operations records."""
