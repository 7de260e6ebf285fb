"""Analysis over resolved incidents: statistics, trends, threat scores, networks, watch rules, reports."""
