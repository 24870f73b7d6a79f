"""Quality gates over a built site: accessibility, HTML validity, page weight, security headers."""
