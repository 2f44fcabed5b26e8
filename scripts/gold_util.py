"""Helpers shared by the scripts that write gold files."""


def locate(text, needle, occurrence):
    """Code point span of the `occurrence`-th (0-based) `needle` in `text`;
    exits when it does not occur, so every gold text is an exact substring."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise SystemExit(f"gold text {needle!r} (occurrence {occurrence}) not in {text[:60]!r}...")
    return start, start + len(needle)
