"""Actor profiles from general statements."""

from ctwatch.extract.pipeline import extract


def test_a_general_statement_profiles_the_group_and_is_not_an_incident():
    text = ("Analysts say the Balochistan Liberation Army, which is active mainly in Balochistan, has long "
            "attacked soldiers, government buildings and gas pipelines.")
    result = extract(text)
    assert result.events == []
    [profile] = result.profiles
    assert profile.actor.actor_id == "bla"
    assert set(profile.gtd_target_types) >= {"Military", "Government (General)", "Utilities"}
    assert profile.areas == ["Balochistan"]


def test_tactics_include_assassinations_and_bombings():
    result = extract("The TTP has carried out bombings and targeted killings of tribal elders.")
    [profile] = result.profiles
    assert profile.gtd_attack_types[:1] == ["Bombing/Explosion"] and "Assassination" in profile.gtd_attack_types


def test_a_specific_incident_or_a_hypothetical_gives_no_profile():
    assert extract("The TTP attacked a police post in Bannu on Monday, killing two constables.").profiles == []
    assert extract("Officials fear the TTP may attack polling stations.").profiles == []
