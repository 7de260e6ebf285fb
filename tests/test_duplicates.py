"""Near-duplicate detection with MinHash LSH."""

from ctwatch import duplicates

ORIGINAL = (
    "At least six persons were killed while around thirteen persons were injured when a high intensity bomb "
    "shattered the election office of a political party in North Nazimabad area of Karachi on April 25. "
    "The banned outfit's spokesman claimed responsibility for the attack in a telephone call to reporters."
)
SYNDICATED = (
    "KARACHI (Agencies): At least six persons were killed while around thirteen persons were injured when a high "
    "intensity bomb shattered the election office of a political party in North Nazimabad area of Karachi on "
    "April 25. The banned outfit's spokesman claimed responsibility for the attack in a telephone call to reporters."
)
DIFFERENT_INCIDENT = (
    "Three persons were injured when a roadside bomb went off on Ring Road near Achini in Peshawar on July 8. "
    "According to an official of the police station, the blast was caused by an explosive device weighing "
    "eight kilogrammes that had been planted on the road."
)


def _index(*texts):
    index = duplicates.NearDuplicateIndex(threshold=0.7, permutations=128)
    for i, text in enumerate(texts, start=1):
        index.add(i, duplicates.signature(text, 128))
    return index


def test_a_syndicated_copy_matches_its_original():
    match = _index(ORIGINAL, DIFFERENT_INCIDENT).best_match(duplicates.signature(SYNDICATED, 128))
    assert match is not None and match.article_id == 1 and match.similarity >= 0.7


def test_a_different_report_of_the_same_kind_does_not_match():
    assert _index(ORIGINAL).best_match(duplicates.signature(DIFFERENT_INCIDENT, 128)) is None


def test_punctuation_and_case_do_not_hide_a_copy():
    stripped = ORIGINAL.replace(",", "").replace(".", "").replace("'", "").upper()
    match = _index(ORIGINAL).best_match(duplicates.signature(stripped, 128))
    assert match is not None and match.similarity > 0.8


def test_signatures_survive_storage_and_other_settings_are_refused():
    signature = duplicates.signature(ORIGINAL, 128)
    restored = duplicates.from_bytes(duplicates.to_bytes(signature), 128)
    assert restored.jaccard(signature) == 1.0
    assert duplicates.from_bytes(duplicates.to_bytes(signature), 64) is None


def test_short_texts_still_get_a_shingle():
    assert duplicates.shingles("Blast in Quetta") == {b"blast in quetta"}
    assert duplicates.shingles("") == set()
