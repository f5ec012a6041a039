"""chipaudit: which chips trained and serve the models people download."""

__version__ = "0.1.0"

# Bumped whenever signals, phase rules or resolution change, so stored verdicts
# can be told apart from verdicts of an older classifier.
CLASSIFIER_VERSION = "2026.12.2"
