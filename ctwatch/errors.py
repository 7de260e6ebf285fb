"""One exception tree. Every message says what was wrong, where, and what would be valid."""


class CtwatchError(Exception):
    """Base of every error ctwatch raises on purpose; the CLI prints it without a traceback."""


class ConfigError(CtwatchError):
    """A setting, option or environment variable has a value ctwatch cannot use."""


class StoreError(CtwatchError):
    """The database cannot be opened, migrated or written."""


class SourceError(CtwatchError):
    """A source given on the command line cannot be read at all (not one bad document in it)."""


class NotFound(CtwatchError):
    """A record asked for by id does not exist."""


class UsageError(CtwatchError):
    """A request that cannot be carried out as asked (an ambiguous id, a missing reason)."""
