# IngestionIssue moved to its own app, `issues` (reporting.issues). The table stays
# registry_ingestionissue: this migration only takes the model out of the registry's
# state; issues/0001_initial takes it into the new app's state. No other model points
# at IngestionIssue, and it points only at accounts.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("registry", "0005_holdings_and_transfers")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="IngestionIssue")],
            database_operations=[],
        ),
    ]
