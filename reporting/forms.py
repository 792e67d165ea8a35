from django import forms

from reporting.selectors import GROUPS


class ResultQueryForm(forms.Form):
    GROUP_CHOICES = [(group, group.capitalize()) for group in GROUPS]

    group_by = forms.ChoiceField(
        choices=GROUP_CHOICES, required=False, initial="category", label="Group by"
    )

    def clean_group_by(self):
        return self.cleaned_data["group_by"] or "category"
