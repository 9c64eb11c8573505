"""The vendored field resources: the Phoenix dictionaries (dated), first names, cities, and their converter."""
from __future__ import annotations

import datetime as dt

from newsfacts import geo
from newsfacts.actors.known import dictionary_names, known_actor, role_sector
from newsfacts.lexicon import first_names, is_verb_form
from newsfacts.resources import convert


def test_a_dated_office_holder_is_known_at_the_articles_date_only():
    in_office = known_actor("Poul Nyrup Rasmussen", dt.date(1996, 5, 1))
    assert (in_office.country, in_office.sector, in_office.office) == ("DNK", "GOV", True)
    before = known_actor("Poul Nyrup Rasmussen", dt.date(1985, 5, 1))
    assert before.country == "DNK" and not before.office  # an 'elite' entry, no office yet


def test_title_and_surname_name_one_entry_at_a_date():
    assert known_actor("President Bush", dt.date(2007, 2, 21)).entry == "george w bush"
    assert known_actor("President Bush", dt.date(1991, 2, 21)).entry == "george bush"


def test_international_bodies_companies_and_generic_nouns():
    un = known_actor("United Nations")
    assert un.international and un.country is None and un.sector == "IGO"
    company = known_actor("Ryanair")
    assert company.organization and company.country == "IRL" and company.sector == "BUS"
    assert known_actor("Senate") is None  # every country has one


def test_a_religion_after_an_international_prefix_is_no_country():
    # 'IMGMUSALQ': an international militant group, Muslim, al-Qaeda; 'MUS' is also Mauritius's ISO3
    bin_laden = known_actor("Osama bin Laden")
    assert bin_laden is not None and bin_laden.country is None and bin_laden.sector == "REB"


def test_role_words_give_sectors():
    assert role_sector("Foreign Minister") == "GOV"
    assert role_sector("police chief") == "COP"
    assert role_sector("Senator") == "LEG"


def test_first_names_verbs_and_cities():
    assert first_names()["laura"] == "f" and first_names()["robert"] == "m"
    assert is_verb_form("Slams") and is_verb_form("blasting") and not is_verb_form("Brown")
    assert geo.city_code("Toulouse") == "FRA" and geo.city_code("Obama", 500_000) is None


def test_the_converter_reads_phoenix_entries_with_aliases_and_dates(tmp_path):
    src = tmp_path / "actors.txt"
    src.write_text("# comment\nJANE_DOE_  # CountryInfo.txt\n+PRESIDENT_DOE\n\t[ZZZGOV 990101-031231]\n"
                   "ACME_WIDGETS_\t[MNCUSA]\n", encoding="utf-8")
    records = convert.read_actors(src)
    assert records[0] == (["JANE_DOE_", "PRESIDENT_DOE"], [("ZZZGOV", "1999-01-01", "2003-12-31")])
    assert records[1] == (["ACME_WIDGETS_"], [("MNCUSA", "", "")])
    assert convert.fold("LUIZ_INACIO_LULA_DA_SILVA_") == "luiz inacio lula da silva"


def test_a_country_inside_a_name_is_not_one_inside_a_state_or_after_new():
    assert geo.find_country_in("Salvadoran Legislative Assembly") == "SLV"
    # a state or province named after a country is that state's country
    assert geo.find_country_in("University of New Mexico") == "USA"
    assert geo.find_country_in("New South Wales Fire Brigades") == "AUS"
    assert geo.find_country_in("Police Service of Northern Ireland") == "GBR"
    assert geo.find_country_in("Green Party of British Columbia") == "CAN"  # a nationality in a province's name
    # 'New' before a country's name makes another place of it, but not before a nationality
    assert geo.find_country_in("New England Baptist Hospital") is None
    assert geo.find_country_in("New Italian Socialist Party") == "ITA"
    assert geo.find_country_in("Papua New Guinea Defence Force") == "PNG"
    # the longest country name in it, however long: not the shorter name inside it
    assert geo.find_country_in("Embassy of the Democratic Republic of the Congo") == "COD"
    assert geo.find_country_in("Navy of the Democratic People's Republic of Korea") == "PRK"
    assert geo.find_country_in("Foreign Ministry of N. Korea") == "PRK"
    # a state that no longer exists is its continuator's (no ISO 3166-1 code of its own)
    assert geo.find_country_in("Supreme Court of the Soviet Union") == "RUS"
    assert geo.find_country_in("Soviet Army") == "RUS"


def test_the_dictionary_names_are_whole_names_of_people_and_bodies_not_roles_or_pieces():
    names = dictionary_names()
    assert names[("lord", "resistance", "army")] == "ORGANIZATION"  # ends in a body's noun
    assert names[("research", "in", "motion")] == "ORGANIZATION"  # a company (MNC), undated
    assert names[("lee", "hsien", "loong")] == "PERSON"  # dated offices
    assert names[("bhumibol", "adulyadej")] == "PERSON"  # no given name of the list, still a person by its offices
    assert names[("juan", "carlos", "i")] == "PERSON"  # a regnal number is no initial
    assert names[("united", "states", "congress")] == "ORGANIZATION"  # a country's name inside a body's
    for left_out in [("bin", "laden"),  # only a piece of its entry, 'osama bin laden'
                     ("president", "bush"), ("secretary", "general", "of", "the", "un"),  # roles
                     ("ayman", "al", "zawahiri"), ("r", "k", "pachauri"),  # people filed under bodies' codes
                     ("human", "rights", "in", "china"),  # as often a report's topic
                     ("george", "p"),  # a name cut after an initial
                     ("us", "congress"),  # a short form its entry ('united states congress') is not all of
                     ("ana", "maria")]:  # two given names
        assert left_out not in names
