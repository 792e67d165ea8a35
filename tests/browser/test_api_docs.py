from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_api_docs_render_with_no_request_leaving_the_server(page, live_server):
    server = urlparse(live_server.url).netloc
    elsewhere, violations = [], []
    page.on(
        "request",
        lambda request: (
            elsewhere.append(request.url)
            if urlparse(request.url).netloc not in ("", server)
            and not request.url.startswith("data:")
            else None
        ),
    )
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.goto("/api/docs/")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    expect(page.get_by_text("/api/v1/uploads/").first).to_be_visible()
    page.snap("api-docs")
    assert elsewhere == []
    assert violations == []
