from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class CursorPagination(pagination.CursorPagination):
    """Append-only collections: stable under inserts, no COUNT(*) over big tables."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500
    ordering = "-timestamp"
