from carbon.core.exceptions import Conflict


class ReviewGroupChanged(Conflict):
    code = "review_group_changed"
    title = "The review group was decided since it was loaded"
