"""ctwatch: turn news reporting on militancy into a verified, structured, shareable database."""

__version__ = "0.1.0"
