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


def page_response(
    view,
    request,
    rows,
    serializer_class,
    *,
    present=None,
    paginator_class=PageNumberPagination,
):
    """One page of `rows` (a queryset or a list) as the API's paginated answer:
    each row presented with `present` (when given), then serialized."""
    paginator = paginator_class()
    page = paginator.paginate_queryset(rows, request, view=view)
    if present is not None:
        page = [present(row) for row in page]
    return paginator.get_paginated_response(serializer_class(page, many=True).data)
