"""Scoring ctwatch's extraction against benchmark gold data (``ctwatch eval``); see docs/eval.md.

``readers`` streams benchmark rows, ``fields`` maps an Extraction to benchmark fields by default,
``mapping`` holds the benchmark-label <-> ctwatch-label tables, ``metrics`` the metric functions,
``seed`` scores seed-shaped gold files, ``runner`` ties them together.
"""
