"""Reports for people: rich tables in the terminal (later: figures and HTML)."""
