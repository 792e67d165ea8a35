"""Every constant of the CO2-removal calculation, with its source. Decimal only.

Method: seeds/003 ("CO2 Removal Calculation Logic", steps 1-5).
"""

from decimal import Decimal

METHOD_VERSION = "seed-003/1"

# Molar masses, g/mol: IUPAC standard atomic weights (C 12.0107, O 15.9994,
# Ca 40.078) as used in seeds/003 step 4.
MW_CA = Decimal("40.078")
MW_CACO3 = Decimal("100.0869")
MW_CO2 = Decimal("44.0095")
CA_TO_CACO3 = MW_CACO3 / MW_CA
CACO3_TO_CO2 = MW_CO2 / MW_CACO3

# 1 US million gallons = 3,785.41 m3 (seeds/003 step 2; NIST: 1 gal = 3.785411784 L).
M3_PER_MILLION_GALLONS = Decimal("3785.41")
LITRES_PER_M3 = Decimal("1000")
# mg -> metric tonnes (seeds/003 step 5).
MG_PER_TONNE = Decimal("1000000000")

# Two operations reports disagreeing by more than this on a day raise a Level 1
# duplicate conflict (issue 12).
OVERLAP_TOLERANCE = Decimal("0.01")

# Stored precision of intermediates (computation itself is unrounded).
PLACES = Decimal("0.000000000001")
