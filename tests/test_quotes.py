"""Quote pairing and speaker attribution on general sentences, with the real spaCy model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsfacts.actors import find_actors
from newsfacts.events.responsible import responsible_countries
from newsfacts.nlp import load_nlp
from newsfacts.quotes import find_quote_spans, find_quotes
from newsfacts.quotes.speakers import cue_subject


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _quotes(nlp, text):
    doc = nlp(text)
    actors = responsible_countries(doc, find_actors(doc))  # the actors extract.py gives the quotes
    names = {a.local_id: a.name for a in actors}
    return [(q.text, q.speaker_text, names.get(q.speaker_local_id), q.cue) for q in find_quotes(doc, actors)]


def _texts(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize("text", [
    'He said "this never closes and goes on to the end',
    '"', '""', "'", '” backwards “ marks', 'a "b" c "d', "It's the ministers' 'view",
    '\u201cOpen \u201cand open again and never closed', "",
])
def test_unbalanced_marks_do_not_raise(nlp, text):
    find_quote_spans(text)
    doc = nlp(text)
    find_quotes(doc, find_actors(doc))


def test_unclosed_mark_does_not_swallow_the_next_quote():
    text = 'The so-called "reform was announced. Later, "We will fight this decision," the union said.'
    assert _texts(text) == ["We will fight this decision,"]


def test_apostrophes_are_not_quotes():
    text = ("The ministers' meeting in O'Hare's hall didn't end until the '90s, "
            "and the boys' team won; 'We are very proud of them,' the coach said.")
    assert _texts(text) == ["We are very proud of them,"]


def test_a_possessive_after_a_mark_or_a_space_is_no_quote_mark():
    # texts whose links were stripped keep a space before the possessive ('Chile 's'), and names may end in a mark
    text = ("Acme Inc.'s profit rose as Globex!'s fell, and Chile 's exports grew faster than the Netherlands ' "
            "imports; 'We are very proud of them,' the minister said.")
    assert _texts(text) == ["We are very proud of them,"]
    # a quote may open on a capital S and a mark ('S&P', 'S. Korea'), or at the text's first character
    assert _texts("'S&P will cut our rating soon,' the minister said.") == ["S&P will cut our rating soon,"]
    assert _texts("' we will win this fight ' he told the reporters.") == ["we will win this fight"]


def test_curly_and_straight_marks_and_nested_quote_keeps_outer():
    text = ('\u201cWe told them \u2018never again\u2019 and we meant it,\u201d she said. '
            'Then "the talks will resume next week," he added.')
    assert _texts(text) == ["We told them \u2018never again\u2019 and we meant it,",
                            "the talks will resume next week,"]


def test_multi_paragraph_quote_with_an_opening_mark_on_each():
    text = ('The mayor spoke at length. "The first part of the plan is ready.\n\n'
            '"The second part will follow in the spring," she said.')
    assert _texts(text) == ["The first part of the plan is ready.",
                            "The second part will follow in the spring,"]
    flat = text.replace("\n\n", " ")  # the same with paragraph breaks flattened
    assert _texts(flat) == ["The first part of the plan is ready.",
                            "The second part will follow in the spring,"]


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = ('The government passed the "Personal Protection Act of Columbia" after the "so called reform" '
            'failed, a "success" for the opposition.')
    assert _quotes(nlp, text) == []


def test_split_quote_is_two_rows_with_one_speaker(nlp):
    text = ('Maria Gonzalez arrived in Geneva on Monday. "We have waited for this agreement for years," '
            'Gonzalez said, "and we will not let it fail now."')
    rows = _quotes(nlp, text)
    assert [r[0] for r in rows] == ["We have waited for this agreement for years,",
                                    "and we will not let it fail now."]
    assert rows[0][2] == rows[1][2] == "Maria Gonzalez"


def test_by_stating_cue(nlp):
    text = ('Senator John Whitfield opened the hearing by stating that "this committee will hear '
            'every witness who asks to speak".')
    (row,) = _quotes(nlp, text)
    assert row[3] == "stating" and row[2] == "John Whitfield"


def test_appositive_speaker_is_kept_whole(nlp):
    text = ('Chile\u2019s Foreign Minister, Ernesto Valdivia, stated: "This decision reflects our '
            'shared commitment to peace."')
    (row,) = _quotes(nlp, text)
    assert row[1] == "Chile\u2019s Foreign Minister, Ernesto Valdivia"
    assert row[2] == "Ernesto Valdivia"


def test_who_after_a_title_apposed_to_a_name_is_that_person(nlp):
    text = ('"We think it is right," said Maria Lopez, a spokeswoman for Acme Corp who also said that the case '
            'was "on our radar from the start".')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Maria Lopez", "Maria Lopez"], rows
    assert rows[1][1] == "Maria Lopez, a spokeswoman for Acme Corp", rows


def test_pronoun_resolves_to_the_earlier_subject_not_the_nearest_name(nlp):
    text = ('The Interior Minister, Robert Hallam, has rejected the claims made by the prisoner, Peter Lang, '
            'in March. "We have seen no evidence for any of this," he said.')
    (row,) = _quotes(nlp, text)
    assert row[1] == "he" and row[2] == "Robert Hallam"


@pytest.mark.parametrize("text, speaker", [
    ('Mayor Viktor Halloran opened the bridge on Monday. Tomas Berger, once a close Halloran aide, attended the '
     'ceremony. "It is a great day for the town," he said.', "Tomas Berger"),
    ('Prime Minister Karl Hansen presented the plan on Monday. Erik Lund, a senior Hansen adviser, criticised it. '
     '"It is a waste of money," he said.', "Erik Lund"),
])
def test_pronoun_is_not_a_name_that_only_modifies_a_noun(nlp, text, speaker):
    # 'a Halloran aide' is the aide, not Halloran: the subject a later 'he' continues is the aide's name
    (row,) = _quotes(nlp, text)
    assert row[1] == "he" and row[2] == speaker


def test_a_body_named_in_a_compound_is_still_what_they_refers_to(nlp):
    text = ('The Norwind blog criticised the ruling on Tuesday. They said that "the court ignored the evidence."')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Norwind"]


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    text = ('Mr. Thomas Reed met Mrs. Anna Novak in Vienna on Tuesday. '
            '"The border will stay open for as long as it takes," he said.')
    (row,) = _quotes(nlp, text)
    assert row[2] == "Thomas Reed"


def test_he_after_an_unnamed_person_is_no_one_named_earlier(nlp):
    # the sentence before is about a person the text does not name: 'he' is that person, not the one named before
    text = ('Farmer Juan Perez said the soldiers came at night. Another witness described the attack on the '
            'village. "They burned every house on the hill," he said.')
    (row,) = _quotes(nlp, text)
    assert row[1] == "he" and row[2] is None
    # a definite role is mostly the one just named, and a person of the other gender is someone else
    for middle in ("The farmer described the attack on the village.", "A woman described the attack on the village."):
        text = f'Farmer Juan Perez said the soldiers came at night. {middle} "They burned every house," he said.'
        (row,) = _quotes(nlp, text)
        assert row[2] == "Juan Perez", (middle, row)


def test_the_source_a_sentence_names_with_according_to_is_who_he_is_next(nlp):
    text = ('"We will rebuild the bridge by June," Minister Paul Okafor said on Monday. According to Mark Odhiambo, '
            'a former engineer, the plan will fail. "The money is simply not there," he told reporters.')
    rows = _quotes(nlp, text)
    assert rows[-1][1] == "he" and rows[-1][2] == "Mark Odhiambo", rows


def test_passive_agent_and_according_to(nlp):
    text = ('The attackers are described by the Interior Ministry as "a small and well organised group". '
            'According to Amnesty International, "the arrests were made without warrants".')
    rows = _quotes(nlp, text)
    assert "Ministry" in rows[0][1]
    assert rows[1][1] == "Amnesty International" and rows[1][3] == "according to"


def test_according_to_a_title_before_a_name_gives_the_person(nlp):
    # the parser cuts 'Acme vice-chairman Jane Roe' into several objects of 'to': the person named last speaks,
    # not the company of the title
    text = 'According to Acme vice-chairman Jane Rowley, the plant "will close by the end of the year at the latest."'
    (row,) = _quotes(nlp, text)
    assert row[2] == "Jane Rowley" and row[3] == "according to", row


def test_quote_without_cue_inherits_previous_speaker(nlp):
    text = ('"We will rebuild every school that was destroyed," President Elena Ruiz said. '
            '"Nobody will be left behind in this country."')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Elena Ruiz", "Elena Ruiz"]


@pytest.mark.parametrize("text, expected", [
    # a name set off at the end of the phrase is whom it describes, though another person's name comes before
    # the comma (a name takes no second name in apposition)
    ('A colleague of Marta Silva, Jonas Berg, said: "The audit found nothing."', "Jonas Berg"),
    # an official or a representative 'from' a body speaks for it, as one 'for' it does, but is no named speaker
    ('A representative from the Nordic Dairy Council said, "Prices will rise."', None),
    # one 'from' a country is its native, not its voice
    ('"Prices will rise," a lawyer from Canada said.', None),
])
def test_who_a_described_speaker_is(nlp, text, expected):
    assert [r[2] for r in _quotes(nlp, text)] == [expected]


def _speaks_for(nlp, text):
    doc = nlp(text)
    actors = responsible_countries(doc, find_actors(doc))
    names = {a.local_id: a.name for a in actors}
    return [(names.get(q.speaker_local_id), names.get(q.speaks_for_local_id)) for q in find_quotes(doc, actors)]


@pytest.mark.parametrize("text, expected", [
    # GOLD: a speaker the text does not name ('a spokesman', 'officials') has no speaker actor; the body or state
    # the title says they speak for is kept apart
    ('"The offer stands," a Hamas spokesman said.', (None, "Hamas")),
    ('"The offer stands," the Pentagon spokesman told reporters.', (None, "Pentagon")),
    ('"The offer stands," said a spokeswoman for the Nordic Dairy Council.', (None, "Nordic Dairy Council")),
    ('"The offer stands," U.S. officials said on Tuesday.', (None, "U.S.")),
    # the body itself, or a person named with the title, is the speaker
    ('"The offer stands," Hamas said.', ("Hamas", None)),
    ('"The offer stands," the British government said.', ("United Kingdom", None)),
    ('"The offer stands," said Omar Farid, a Hamas spokesman.', ("Omar Farid", None)),
    # the author of a report its envoys released is the body itself
    ('UN envoys released a report on Monday. "The camp must close," the report said.', ("UN", None)),
    # a definite title of the body is the one person named earlier with it, not an unnamed one
    ('Hamas spokesman Sami Zuhri denied the claim. "We were not there," the Hamas spokesman added.',
     ("Sami Zuhri", None)),
    ('A Hamas spokesman denied the claim. "We were not there," the Hamas spokesman added.', (None, "Hamas")),
    # one who speaks for a person named after 'for' (or a title after it) is not that person
    ('"The claim is false," said a spokesman for Prime Minister Tom Hale.', (None, "Tom Hale")),
    ('"The claim is false," a lawyer for Jane Roe said on Monday.', (None, "Jane Roe")),
    ('"The claim is false," a lawyer for Tom Hale and Mary Hale said.', (None, "Tom Hale")),
    ('"The claim is false," a lawyer for Tom Hale\'s family said.', (None, "Tom Hale")),
    # but a name after a body's name in the phrase names the speaker, however the parser took it
    ('"The claim is false," said Chief of the Navy Admiral John Doe.', ("John Doe", None)),
    # the holder of the body's title, not a spokesman of another body named near it, nor a vice president
    ('Army spokesman Tom Hale said Hamas fired rockets. "We will not stop," the Hamas spokesman said.',
     (None, "Hamas")),
    ('Hamas vice president Tom Hale met officials. "The truce is over," the Hamas president said.', (None, "Hamas")),
])
def test_an_unnamed_speaker_only_speaks_for_someone(nlp, text, expected):
    assert _speaks_for(nlp, text) == [expected]


def test_a_pronoun_after_an_unnamed_speaker_is_still_unnamed(nlp):
    found = _speaks_for(nlp, '"The plan is dead," U.S. officials said on Tuesday. "We will not sign it," they '
                             'added.')
    assert found == [(None, "U.S."), (None, "U.S.")], found


def test_statement_of_an_organization(nlp):
    text = ('A statement from the World Health Organization said "the outbreak is now under control in '
            'the northern provinces".')
    (row,) = _quotes(nlp, text)
    assert row[1].removeprefix("the ") == "World Health Organization"


def test_a_resolution_a_body_adopted_speaks_for_the_body(nlp):
    got = _quotes(nlp, '"The detentions break the law," said the resolution adopted by the Parliamentary Assembly of '
                       'Ruritania.')
    assert [n for _, _, n, _ in got] == ["Parliamentary Assembly of Ruritania"]


def test_a_quote_going_on_the_sentence_of_a_quote_keeps_its_speaker(nlp):
    text = ('Senator Paula Grant called the bill "a waste of public money that nobody asked for" and later '
            '"a gift to the banks that caused the crisis."')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Paula Grant", "Paula Grant"]


def test_a_quote_after_a_sentence_that_reports_speech_takes_its_speaker(nlp):
    text = ('Chief Inspector Helen Park reported that the fire had spread to the second floor. '
            '"Nobody could have stopped it at that point."')
    (row,) = _quotes(nlp, text)
    assert row[2] == "Helen Park"


def test_a_cue_right_before_the_mark_wins_over_a_clause_after_it(nlp):
    text = ('In an interview, Marta Silva said, "The company knew about the leak for months," '
            'In a statement the company denied it.')
    (row,) = _quotes(nlp, text)
    assert row[2] == "Marta Silva"


def test_a_quote_inside_the_clause_a_cue_reports_is_that_speakers_unless_a_cue_follows_at_once(nlp):
    # 'X said that this is "...," while Y said ...': the quote is part of X's reported clause
    text = ('Ray Tanaka, the mayor of the town, said that the new bridge is "the best news the valley has had '
            'in years," while his deputy, Anna Berg, said that "we still need the money."')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Ray Tanaka", "Anna Berg"]
    # a cue right after the closing mark names the one who said the words
    text = ('The ministry has said that a new levy is "not a solution that we think is workable," said Tom Harker, '
            'a spokesman for the ministry.')
    assert [r[2] for r in _quotes(nlp, text)] == ["Tom Harker"]


@pytest.mark.parametrize("text", [
    'In a report published on Monday, Amnesty International accused the police of abuses. '
    'The report says "detainees were held without charge for months".',
    # what one does 'in a report' one does as its author, whatever the verb
    'In a report released in May, Amnesty International found that detainees were mistreated. '
    'The report said, "Dozens were held without charge for months."',
])
def test_the_report_says_is_its_author(nlp, text):
    (row,) = _quotes(nlp, text)
    assert row[2] == "Amnesty International"


def test_who_only_figures_in_a_report_is_not_its_author(nlp):
    text = 'Nordstar Mining appears in a report on the industry. The report says "output fell by half".'
    assert [r[2] for r in _quotes(nlp, text)] == [None]


@pytest.mark.parametrize("text, expected", [
    ('"The missile reached its target," the Chilean military said on Monday.', "Chile"),
    ('A statement issued by the Chilean military described the test. "The missile reached its target," the statement '
     'said.', "Chile"),
    # a state's forces or officials speak for it; a company of that nationality is no one named
    ('"Sales rose in May," a Chilean company said on Monday.', None),
    # the country named, not by its nationality: its own mention
    ('"The missile reached its target," the army of Chile said.', "Chile"),
])
def test_a_states_forces_speak_for_the_state(nlp, text, expected):
    assert [r[2] for r in _quotes(nlp, text)] == [expected]


def test_speaker_passes_on_through_abbreviations(nlp):
    text = ('"We will win this seat," said Sen. Mark Olsen of Ohio. "The voters in this state are with us."')
    rows = _quotes(nlp, text)
    assert [r[2] for r in rows] == ["Mark Olsen", "Mark Olsen"]


def test_attributions_without_a_verb(nlp):
    text = 'Jane Doe, Channel 9: "The storm is moving east faster than anyone expected."'
    (row,) = _quotes(nlp, text)
    assert row[2] == "Jane Doe"
    text = '"The storm is moving east faster than anyone expected." \u2015 Jane Doe, Channel 9'
    (row,) = _quotes(nlp, text)
    assert row[2] == "Jane Doe"


def test_two_apostrophes_are_quotation_marks_only_where_nothing_else_is():
    quoted = "The mayor said: ''We will rebuild every house that was lost.'' Then she left."
    assert _texts(quoted) == ["We will rebuild every house that was lost."]
    italics = "The ''Daily Star'' said the mayor had ''rebuilt every house that was lost.''"
    assert _texts(italics) == []


def test_odd_parses_cost_no_quote_and_raise_nothing(nlp):
    from newsfacts.quotes import ERRORS

    text = ('Speaking to reporters, an aide to the governor claimed that the fire had "nothing to do with '
            'the budget cuts at all". Echoing many residents, Tom Baker told reporters: "We were never warned."')
    doc = nlp(text)
    rows = find_quotes(doc, find_actors(doc))
    assert len(rows) == 2 and doc.user_data.get(ERRORS, 0) == 0


def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet(nlp):
    quotes = _quotes(nlp, 'The Daily Ledger quoted Mayor Ines Okafor as saying "The bridge will reopen in May."')
    assert [q[1] for q in quotes] == ["Mayor Ines Okafor"], quotes
    quotes = _quotes(nlp, 'Mayor Ines Okafor closed the bridge on Monday. "It was not safe," she was quoted as '
                          'saying by the Daily Ledger.')
    assert [q[1] for q in quotes] == ["she"], quotes


@pytest.mark.parametrize("text, speaker", [
    ('"Nobody will leave the valley," the Evening Courier quoted Tomas Brandt.', "Tomas Brandt"),
    ('The Evening Courier quoted Tomas Brandt: "Nobody will leave the valley."', "Tomas Brandt"),
    ('"Nobody will leave the valley," a local farmer was quoted by the Evening Courier.', "a local farmer"),
    ('"Nobody will leave the valley," Councillor Tomas Brandt was quoted saying.', "Councillor Tomas Brandt"),
])
def test_quote_names_the_one_quoted_without_as_saying_too(nlp, text, speaker):
    # 'quote' passes on its object's words, or its passive subject's; the outlet only relays them
    assert [q[1] for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The mayor issued a statement on Monday that quotes "The bridge will reopen in May".', "The mayor"),
    # an utterance quoted is its owner's, not a speaker of its own
    ('The Evening Courier quoted his remarks: "The bridge will reopen in May."', "his"),
    ('"The bridge will reopen in May," the Evening Courier quoted Tomas Brandt, adding that it was safe.',
     "Tomas Brandt"),
    # what the one quoted saying something adds is still theirs
    ('The Courier quoted a city engineer saying the bridge was sound, adding that "it will reopen in May".',
     "a city engineer"),
    # a title and the name after it with no comma, which the parser splits into two subjects or two objects
    ('Green party energy spokesperson Senator Ruth Baines said "the levy is a tax on the poor".',
     "Senator Ruth Baines"),
    ('According to committee member and Labour MP Owen Pryce the roads were "in a shocking state after the '
     'longest winter in years".', "Labour MP Owen Pryce"),
])
def test_a_speaker_phrase_names_the_one_whose_words_they_are(nlp, text, speaker):
    assert [q[1] for q in _quotes(nlp, text)] == [speaker]


def test_a_verb_of_saying_right_before_the_mark_outranks_a_report_after_the_quote(nlp):
    quotes = _quotes(nlp, 'Mayor Ines Okafor said "The bridge will reopen in May," the Daily Ledger reported.')
    assert [q[1] for q in quotes] == ["Mayor Ines Okafor"], quotes


def test_a_thing_reported_as_something_has_no_speaker_of_its_own(nlp):
    quotes = _quotes(nlp, 'The Daily Ledger reported the vote as "a clear win for the mayor."')
    assert [q[1] for q in quotes] != ["the vote"], quotes


def test_a_bare_surname_or_a_misspelled_one_speaks_for_the_one_person_so_named(nlp):
    # NER may miss a lone surname and a typo spells it otherwise: the one person of the document so named
    got = _quotes(nlp, 'Peter Mandelson arrived in London on Monday. Mandleson told the Lords that the plan provides '
                       '"ten billion pounds of added value" to the economy.')
    assert [(s, n) for _, s, n, _ in got] == [("Mandleson", "Peter Mandelson")]


def test_a_surname_after_an_honorific_speaks_for_the_one_person_so_named_though_ner_missed_it(nlp):
    # (the tagger takes this surname after 'Mr' for a date)
    got = _quotes(nlp, 'Mayor Ian Ebbeck opened the new bridge on Monday. "It took ten years," said Mr Ebbeck.')
    assert [(s, n) for _, s, n, _ in got] == [("Mr Ebbeck", "Ian Ebbeck")]


def test_a_name_after_a_role_word_heading_the_phrase_is_the_speaker_however_it_was_parsed(nlp):
    got = _quotes(nlp, 'Veteran anti-nuclear activist and journalist Praful Bidwai said: "This is a disaster."')
    assert [n for _, _, n, _ in got] == ["Praful Bidwai"]


@pytest.mark.parametrize("after, speaker", [
    # a sentence after a finished quote that only attributes it, short or long
    ("Mitchell Dorran said.", "Mitchell Dorran"),
    ("City board member Mitchell Dorran said, commenting on the state budget plan that cuts night service.",
     "Mitchell Dorran"),
    # one that says something of its own is new narration, not the quote's attribution
    ("City board member Mitchell Dorran wrote to the union about the budget plan on Monday.", None),
])
def test_a_sentence_after_a_finished_quote_that_only_says_who_said_it_attributes_it(nlp, after, speaker):
    got = _quotes(nlp, f'The plan cuts night bus service. "We will rely on ourselves and nobody else." {after}')
    assert [n for _, _, n, _ in got] == [speaker]


def test_a_participle_of_saying_in_a_reported_clause_is_the_reporters_unless_an_outlet_reports(nlp):
    got = _quotes(nlp, 'Mara Ellison spoke on Monday. She also added Vantor Corp. may stand to gain from the deal, '
                       'stating, "This is a big win for them."')
    assert [n for _, _, n, _ in got] == ["Mara Ellison"]
    got = _quotes(nlp, 'The Kellan Times reported that Mara Ellison denied the claim, saying "It is simply false."')
    assert [n for _, _, n, _ in got] == ["Mara Ellison"]


def test_a_title_whose_words_the_tagger_takes_for_a_name_and_a_surname_that_is_a_title(nlp):
    # 'the Prime Minister' is the prime minister named before, though 'Prime' is tagged as a proper noun
    got = _quotes(nlp, 'Prime Minister Anna Lindqvist visited Perth on Monday. "We will act," the Prime Minister said.')
    assert [n for _, _, n, _ in got] == ["Anna Lindqvist"]
    # 'Ms Bishop' is the person of that surname, not the last person named
    got = _quotes(nlp, 'Foreign Minister Julie Bishop met Jenny Macklin on Monday. "There was no threat," Ms Bishop said.')
    assert [n for _, _, n, _ in got] == ["Julie Bishop"]


def test_a_cue_with_a_word_of_the_quote_parsed_as_a_second_subject_keeps_its_speaker(nlp):
    # the parser gives 'said' two subjects, 'closure' inside the quotation and 'Holm' outside it
    text = ('The ferry will sail on Thursday. "We reject this... the closure of the border, including the crossings '
            'of the north, as a way to punish the people of the region," Peter Holm , president of the Port '
            'Authority , said in a statement condemning the decision.')
    (row,) = _quotes(nlp, text)
    assert row[2] == "Peter Holm" and row[3] == "said"


def test_a_surname_tagged_as_a_common_noun_is_the_person_named_so(nlp):
    # sentence-initial 'Travers' is tagged a plural noun; the document names one person so
    text = ('Housing expert Anna Travers, speaking at a conference in Leeds, said rents had doubled. Prices rose '
            'again in May. Travers said, "Young families cannot afford a home any more."')
    (row,) = _quotes(nlp, text)
    assert row[2] == "Anna Travers"


def test_continued_beside_a_quote_is_its_cue_but_not_going_on_with_something_else(nlp):
    (row,) = _quotes(nlp, 'Trade minister Jane Ortega met farmers in Lima on Monday. Prices have fallen by a third '
                          'since May. "Our farmers need these markets," Ortega continued.')
    assert row[2] == "Jane Ortega" and row[3] == "continued"
    (row,) = _quotes(nlp, 'Jane Ortega spoke in Lima on Monday. "Our farmers are ready to export," as prices '
                          'continued to fall in the capital.')
    assert row[3] != "continued"


def test_a_statement_issued_by_a_body_is_its_words(nlp):
    # the author of a text is the agent of the participle on it: 'a statement issued by X', 'a report released by X'
    (row,) = _quotes(nlp, 'A report released by Human Rights Watch on Monday said: "The detainees were beaten."')
    assert row[2] == "Human Rights Watch"


def test_a_text_that_reads_a_quotation_after_it_is_the_words_of_its_author(nlp):
    # '"...," read a statement issued by X': the statement is the subject after its verb, X its author
    (row,) = _quotes(nlp, '"The river must stay open," read a statement issued by the Zambezi River Authority.')
    assert row[2] == "Zambezi River Authority" and row[3] == "read"
    # a text that names no author is the one the sentence before attributed
    rows = _quotes(nlp, 'In a statement released on Monday, the Zambezi River Authority urged calm. "The river must '
                        'stay open," read the press release.')
    assert [r[2] for r in rows] == ["Zambezi River Authority"]
    # one who reads a text aloud is the one who speaks
    (row,) = _quotes(nlp, 'Tom Okafor read the statement aloud: "The river must stay open."')
    assert row[2] == "Tom Okafor"


def test_the_body_named_by_a_capitalized_noun_is_found_by_coreference(nlp):
    # 'The Commission' is tagged a name but names no one by itself: the commission the document named
    rows = _quotes(nlp, 'The National Water Commission released its report on Monday. The Commission noted that '
                        'the board "took great pains to explain the cases."')
    assert [r[2] for r in rows] == ["National Water Commission"]


def test_a_ruling_quoted_is_the_words_of_who_ruled(nlp):
    rows = _quotes(nlp, 'Justice Mary Okafor ruled that "the detention of the journalists was unlawful and must end".')
    assert [r[2] for r in rows] == ["Mary Okafor"]


def test_rule_out_is_no_ruling(nlp):
    rows = _quotes(nlp, 'Foreign Secretary Jane Ortega would not rule out "any option at this stage of the talks".')
    assert [r[3] for r in rows] != ["rule"]


def test_the_company_that_speaks_is_the_one_the_text_is_about(nlp):
    (row,) = _quotes(nlp, 'Nokia cut 500 jobs in Espoo on Monday. "Demand has fallen sharply," the company said.')
    assert row[2] == "Nokia"


def test_an_honorific_and_surname_speaker_is_the_person_named_in_full_before(nlp):
    # "said Mr X": NER often leaves the title-and-surname form untagged; the surname of a person the text named
    # in full is that person
    # (a surname that is also a common noun, as 'Hockey', is the kind NER misses)
    text = ('Sports Minister Alan Hockey opened the stadium on Monday. "This is a great day for the city," said '
            'Mr Hockey. "We have no other choice," Ms Amoako told reporters.')
    found = {q[0][:4]: q[2] for q in _quotes(nlp, text)}
    assert found.get("This") == "Alan Hockey", found
    # a surname the tagger takes for an adjective, or NER for a title after a closing mark, all the same
    text = 'Union leader Peter Little criticised the plan on Monday. "This is a sad day for workers," Mr Little said.'
    assert [q[2] for q in _quotes(nlp, text)] == ["Peter Little"]


def test_a_name_set_off_by_a_comma_at_the_end_of_the_speaker_phrase_is_the_speaker(nlp):
    # "A member of the group, Ahmad Yusuf, said": the apposed name, however the parser attached it; not a name
    # inside the description ("Tom Hardy, a friend of Eddie Goldberg"), nor one a nearer person word before the comma
    # names ("the brother of the jailed activist, Ali Hassan": the activist)
    for text, speaker in (
            ('A member of the rebel group, Ahmad Yusuf, told reporters: "We will never lay down our arms."',
             "Ahmad Yusuf"),
            ('Tom Hardy, a friend of Eddie Goldberg, said "He was a kind and generous man to everyone."',
             "Tom Hardy"),
            ('The brother of the jailed activist, Ali Hassan, said "He has done nothing wrong at all."', None)):
        assert [q[2] for q in _quotes(nlp, text)] == [speaker], text


def test_an_office_or_party_heading_a_speaker_phrase_speaks_through_the_person_it_names(nlp):
    # the phrase names a person after a title ('Admiral', 'leader'): the person speaks, not the office or the party
    got = _quotes(nlp, '"We will appeal," said Commandant of the Coast Guard Admiral Peter Walsh. '
                       'Pirate Party of Sweden leader Anna Lindqvist said "we will contest every seat."')
    assert [who for _, _, who, _ in got] == ["Peter Walsh", "Anna Lindqvist"]


def test_a_text_speaks_for_whoever_issued_it_and_a_titled_report_for_its_publisher(nlp):
    # 'X issued a statement which read': the subject of the verb of authoring wrote the statement; a later 'the
    # report' is the report the text named before by its title ('its annual Regional Outlook Report'); a name
    # before the noun owns it, however the parser hangs it ('International' as a modifier, not a compound)
    got = _quotes(nlp, 'The Norwegian Foreign Ministry issued a statement which read, "We note the announcement '
                       'with concern." Earlier this week the Asian Development Bank released its annual Regional '
                       'Outlook Report. The report noted that "growth will slow in 2012."')
    got += _quotes(nlp, 'The Transparency International annual report says that "corruption is rising."')
    assert [who for _, _, who, _ in got] == ["Norwegian Foreign Ministry", "Asian Development Bank",
                                             "Transparency International"]


def test_a_speaker_whose_name_begins_with_a_capital_beyond_ascii_is_found(nlp):
    rows = _quotes(nlp, '"We will not give in," said Álvaro Uribe, the president of Colombia. "The city deserves '
                        'better," said Ángel Ruiz, the mayor of Toledo. "It was a long night," Uribe said.')
    assert [r[2] for r in rows] == ["Álvaro Uribe", "Ángel Ruiz", "Álvaro Uribe"]


def test_a_speaker_named_after_a_verb_of_saying_that_follows_the_quote_is_its_speaker(nlp):
    # '"...," warned X', '"...," chanted crowds': the parser takes the speaker after the verb for its object; the
    # quote is that speaker's (None where unnamed), not the previous quote's
    rows = _quotes(nlp, '"We will not give up," said protester John Hale in Cairo. "The market will recover by the '
                        'spring," warned Bruce Hammond. "Freedom now and freedom tomorrow," chanted crowds in '
                        'Alexandria. "This is only the beginning of it," shouted a student.')
    assert [(r[2], r[3]) for r in rows] == [("John Hale", "said"), ("Bruce Hammond", "warned"), (None, "chanted"),
                                            (None, "shouted")]


def test_who_has_something_to_say_says_it(nlp):
    # 'X had this to say: "..."': the parser may make 'this' the subject of 'to say'; the words are X's
    for text in ('Senator Jane Roe, the state chairman, had this to say: "The proposal shows a complete lack of '
                 'understanding of the real world."',
                 'Senator Jane Roe had the following to say: "The proposal shows a complete lack of understanding."'):
        assert [q[2] for q in _quotes(nlp, text)] == ["Jane Roe"], text


def test_a_surname_set_off_from_its_description_by_a_comma_is_the_person_named_so(nlp):
    # 'Cole, who gave evidence, said': a one-word name NER missed, opening the speaker phrase before an apposition or
    # a relative clause, is the one person the document names so; not where no one is (the phrase stays unlinked)
    rows = _quotes(nlp, 'Stuart Cole runs the transport institute. "The rail plan will not work at all," Cole, who '
                        'gave evidence to the committee, said.')
    assert [r[2] for r in rows] == ["Stuart Cole"]
    rows = _quotes(nlp, '"The rail plan will not work at all," Cole, who gave evidence to the committee, said.')
    assert [r[2] for r in rows] == [None]


def test_an_indefinite_or_demonstrative_subject_names_no_speaker_and_gives_way_to_a_cue_that_does(nlp):
    # '"...," one driver said; another asked "..."': the first quote is the driver's, not 'another''s; and 'this
    # indicated' after a named speaker's cue leaves the quote to the person who said it
    rows = _quotes(nlp, '"We are running out of fuel and water for the trucks," one driver said; another asked "When '
                        'will the border open again for us?"')
    assert rows[0][1] == "one driver", rows
    rows = _quotes(nlp, 'Colonel Barry Johnson said this indicated the need for the arrests, "It is clear the unit '
                        'believed the women had knowledge of the attacks."')
    assert [r[2] for r in rows] == ["Barry Johnson"], rows


def test_the_country_abbreviated_in_capitals_is_no_pronoun(nlp):
    # 'US' is the United States, not 'us'
    rows = _quotes(nlp, 'The United States sent more troops to the region. "The strikes were a mistake," the US '
                        'admitted on Friday.')
    assert [r[2] for r in rows] == ["United States"], rows


def test_a_verb_inside_a_quoted_title_cues_no_other_quote(nlp):
    # a song title in title case is no quote of its own, but its 'Tell' is no verb of saying outside it
    found = _quotes(nlp, 'Her setlist ran from "Tell Me Lies Again" to "nobody can stop the rain tonight."')
    assert found and all(cue != "Tell" for _, _, _, cue in found), found


def test_a_stray_mark_with_a_space_inside_does_not_hide_a_cue(nlp):
    # the first quote lost its opening mark: the mark after 'roads,' opens nothing, and 'he said' still cues
    found = _quotes(nlp, 'Mr Dale said the cost was "too high". We spent $1 billion on the roads," he said. '
                         '"People are worried that we will lose the vote."')
    assert ("People are worried that we will lose the vote.", "he", "Dale") in [q[:3] for q in found], found


def test_a_speaker_named_by_a_noun_the_text_described_them_by(nlp):
    found = _quotes(nlp, 'Nora Kett, a hacker from Leeds, leaked the files. "More will follow," the hacker said.')
    assert [q[:3] for q in found] == [("More will follow,", "the hacker", "Nora Kett")], found
    # a noun written before the name without an article describes the person as well
    found = _quotes(nlp, 'Police arrested British financier Tom Hale on Monday. "It was all one big lie," the '
                         'financier said.')
    assert [q[2] for q in found] == ["Tom Hale"], found


def test_words_quoted_in_what_someone_believes_or_hopes_are_theirs(nlp):
    # no verb of saying, but the quoted words are the clause of what the subject believes, hopes or editorializes
    found = _quotes(nlp, 'Jane Roe, a lawyer in Leeds, believes that the new rules "will not survive the first '
                         'challenge in court." Tom Hale hopes that the vote will "bring rents down for every family '
                         'in the district."')
    assert [q[2] for q in found] == ["Jane Roe", "Tom Hale"], found


@pytest.mark.parametrize("text, speaker", [
    # a view made known ('expressed hope', 'voiced concern'), whose 'that' clause holds the quoted words
    ('Mayor Tom Berg expressed hope that "the new bridge will be finished before the winter."', "Tom Berg"),
    ('Senator Jane Roe voiced her concern that "the bill gives the police far too much power."', "Jane Roe"),
    ('Jane Roe also expressed her delight at the fact that "the economy has turned the corner at last."', "Jane Roe"),
    # not a view negated, nor another's words that a verb of saying answers ('denied the claim that')
    ('Mayor Tom Berg did not express hope that "the new bridge will be finished before the winter."', None),
    ('Mayor Tom Berg expressed no hope that "the new bridge will be finished before the winter."', None),
    ('Mayor Tom Berg rejected the claim that "the new bridge will be finished before the winter."', None),
    # nor the words of others that the view is about or that are owned by someone
    ('Mayor Tom Berg expressed concern about reports that "the new bridge will not be finished this year."', None),
    ('Mayor Tom Berg expressed concern about the minister\'s claim that "the bridge is perfectly safe to use."',
     None),
])
def test_words_quoted_in_a_view_someone_expressed_are_theirs(nlp, text, speaker):
    assert [q[2] for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a clause of what one learned, heard or knows came from someone else
    'Tom Hale learned that the board had "no plans to renew the lease before the spring."',
    # a negated verb of opinion says what the subject does not hold
    'Tom Hale does not believe that the plan "will survive the first winter in the valley."',
    # a relative clause inside the clause of content reports another's words
    'Tom Hale believes the plan, which critics dismissed as "a waste of money for every taxpayer in town", will fail.',
    # 'they' of rules, not of a body
    'The Acme Corp rules came into force. They require that every worker "must be given a written contract within '
    'a week."',
    # a generic 'you' names no one
    'When the bills arrive you think, "Surely the price of heating cannot rise again this year."',
    # nor a body no name says ('the board'): the quote takes a speaker only where one resolves
    'The board believes that the new plan "will fail well before the end of the year."',
])
def test_a_quote_in_a_clause_of_content_that_is_not_the_subject_s_view_has_no_speaker(nlp, text):
    assert [q[1:] for q in _quotes(nlp, text)] == [(None, None, None)]


def test_a_short_fragment_in_a_clause_of_content_stays_a_scare_quote(nlp):
    assert _quotes(nlp, 'Tom Hale believes the plan is "a bad idea" for the town.') == []


@pytest.mark.parametrize("text, speaker", [
    # 'the Daily Courier newspaper said': the newspaper named right before its noun, not some other body
    ('The Northern Bank cut its rates. The state-run Daily Courier newspaper said "the plan will weaken the unions '
     'and cut wages for everyone."', "Daily Courier"),
    # a name further off names another body: Acme's parent company is not Acme
    ('Acme Corp cut its prices. Acme\'s parent company said "the cuts will not affect any of the workers at all."',
     None),
])
def test_a_body_noun_right_after_the_body_s_own_name_is_that_body(nlp, text, speaker):
    found = _quotes(nlp, text)
    assert [q[2] for q in found] == [speaker], found


def test_a_title_phrase_opened_by_a_name_or_cut_from_it_is_the_named_person(nlp):
    # 'Jane Roe, trade minister of X said' and 'senior curator Jane Roe has stated': the person, not the body
    found = _quotes(nlp, '"Trade talks are in serious trouble," Park Min-jun, South Korean finance minister said.')
    assert [q[2] for q in found] == ["Park Min-jun"], found
    # a parse that gives the verb two subjects, the title and the name after it, with an auxiliary between the name
    # and the verb: the name is the speaker
    words = ["Senior", "curator", "Jane", "Roe", "has", "stated", "that", "it", "works", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 5, 3, 5, 5, 5, 8, 8, 5, 5],
              deps=["amod", "nsubj", "compound", "nsubj", "aux", "ROOT", "mark", "nsubj", "ccomp", "punct"],
              pos=["ADJ", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"])
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert cue_subject(doc[5])[0].text == "Roe"


@pytest.mark.parametrize("text, speaker", [
    # 'Chairman', 'spokesman' are written for women too: the given name says more
    ('Board Chairman Maria Santos opened the meeting on Monday. Santos was worried the audit would be late. "We will '
     'publish every page of the audit before the vote," she said.', "Maria Santos"),
    # with no given name the title still says he: 'she' is the woman named before him
    ('Jane Roe spoke first. Then Commission Chairman Hale called the raid "frightening". Hale was worried it would '
     'turn bloody. "If this can happen in daylight, imagine the nights," she said.', "Jane Roe"),
])
def test_a_chairman_is_as_the_given_name_says_and_a_man_where_none_does(nlp, text, speaker):
    found = _quotes(nlp, text)
    assert [q[2] for q in found] == [speaker], found


@pytest.mark.parametrize("text", [
    'The paper ran a front page story under the headline "Mayor plans to close every library in town" on Monday.',
    'The report, entitled "Water for the next hundred years of farming", warned of shortages.',
    'The party fought the campaign under the slogan "Fair rents for every family in the city."',
])
def test_a_headline_title_or_slogan_is_no_quote(nlp, text):
    # GOLD: titles of works are no quotes; a headline, a report's title or a slogan is what something is called
    assert _quotes(nlp, text) == []


def test_a_company_abbreviation_does_not_end_the_sentence_of_the_cue_after_a_quote(nlp):
    # 'Co.', 'Ltd.', 'Bros.' followed by a lowercase word: the sentence runs on to the cue verb
    for body in ("Acme Trading Co.", "Andes Mining Ltd."):
        (row,) = _quotes(nlp, f'"The new tax will hurt small investors badly," Maria Lopez of {body} told Reuters.')
        assert row[2] == "Maria Lopez" and row[3] == "told", row
