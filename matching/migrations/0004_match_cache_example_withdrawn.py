from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0003_factors_app"),
    ]

    operations = [
        migrations.AddField(
            model_name="matchcacheentry",
            name="example_withdrawn_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
