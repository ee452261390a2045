from transform.dictionary import DictionaryMatcher, SharedScan, shared_vocabularies

TEXT = "Acme treats heart failure and heartburn; HEART FAILURE again, and cardio-heart."


def _found(matches):
    return [(TEXT[m.start : m.end], m.value) for m in matches]


def test_a_vocabulary_of_a_shared_scan_finds_what_its_own_matcher_finds():
    diseases = [("heart failure", "heart failure"), ("heartburn", "heartburn")]
    organs = [("heart", "heart organ"), ("Heart Failure", "a later value wins")]
    scan = SharedScan({"diseases": diseases, "organs": organs})
    for name, terms in (("diseases", diseases), ("organs", organs)):
        assert _found(scan.view(name).find(TEXT)) == _found(DictionaryMatcher(terms).find(TEXT))
    # one vocabulary's longer term never hides another's shorter one
    assert _found(scan.view("diseases").find(TEXT)) == [
        ("heart failure", "heart failure"),
        ("heartburn", "heartburn"),
        ("HEART FAILURE", "heart failure"),
    ]
    assert _found(scan.view("organs").find(TEXT)) == [
        ("heart failure", "a later value wins"),
        ("HEART FAILURE", "a later value wins"),
        ("heart", "heart organ"),  # "cardio-heart": a hyphen bounds a word
    ]


def test_a_term_is_found_with_its_accents_or_without_them():
    terms = [("guillain-barre syndrome", "GBS"), ("Sjögren's syndrome", "SS")]
    text = "Guillain-Barré syndrome, Sjogren's syndrome and SJÖGREN'S SYNDROME; not Sjøgren."
    for matcher in (DictionaryMatcher(terms), SharedScan({"d": terms}).view("d")):
        found = [(text[m.start : m.end], m.value) for m in matcher.find(text)]
        assert found == [
            ("Guillain-Barré syndrome", "GBS"),  # (offsets stay the text's)
            ("Sjogren's syndrome", "SS"),
            ("SJÖGREN'S SYNDROME", "SS"),
        ]


def test_a_shared_scan_keeps_each_texts_walk_apart():
    scan = SharedScan({"drugs": [("zetavir", "zetavir")], "names": [("acme", "Acme")]})
    drugs, names = scan.view("drugs"), scan.view("names")
    texts = [f"Acme{'x' * i} and zetavir" if i % 2 else "zetavir by Acme" for i in range(7)]
    for text in texts + texts[::-1]:  # more texts than the walks kept, then back again
        assert [text[m.start : m.end] for m in drugs.find(text)] == ["zetavir"]
        assert [text[m.start : m.end] for m in names.find(text)] == (
            ["Acme"] if text.startswith("zetavir") else []
        )


def test_texts_walked_ahead_are_found_without_a_walk_of_their_own(monkeypatch):
    scan = SharedScan({"drugs": [("zetavir", "zetavir")], "names": [("acme", "Acme")]})
    texts = [f"zetavir by Acme, {i}" if i % 2 else f"Acme{i} and zetavir" for i in range(9)]
    alone = {t: [(m.start, m.end) for m in scan.view("names").find(t)] for t in texts}
    fresh = SharedScan({"drugs": [("zetavir", "zetavir")], "names": [("acme", "Acme")]})
    with fresh.walked_ahead(texts):
        walks = []
        monkeypatch.setattr(fresh, "_walk", lambda text: walks.append(text))
        for text in texts:  # more texts than the walks a scan keeps
            assert [(m.start, m.end) for m in fresh.view("names").find(text)] == alone[text]
            assert [text[m.start : m.end] for m in fresh.view("drugs").find(text)] == ["zetavir"]
        assert walks == []
    monkeypatch.undo()
    assert fresh._ahead == {}  # let go when the batch is done
    assert fresh.view("names").find("Acme 1") and fresh.view("names").find("Acme 2")


def test_the_pipelines_vocabularies_share_one_scan():
    scan = shared_vocabularies()
    text = "Zeta Bio dosed olaparib in breast cancer with Pfizer Inc."
    assert [text[m.start : m.end] for m in scan.view("drugs").find(text)] == ["olaparib"]
    assert [m.value for m in scan.view("diseases").find(text)] == ["breast cancer"]
    assert [m.value for m in scan.view("names:company,organization").find(text)] == ["Pfizer"]


def test_an_alternation_grouped_by_first_character_matches_as_the_plain_one():
    """Legal forms grouped by first character ("I(?:nc\\.|nc)") find what the plain alternation
    of the same forms, longest first, finds: the same form at the same place."""
    import re

    from transform.lexicon import by_first_character, load_lexicon

    forms = [row["suffix"] for row in load_lexicon("company_suffixes")]
    forms.sort(key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")(?=[\s,.]|$)")
    grouped = re.compile(r"\b" + by_first_character(forms) + r"(?=[\s,.]|$)")
    text = (
        "Zeta Inc., Beta Inc and Gamma Co., Ltd. with Delta Co. Ltd, Eta AG & Co. KGaA, Theta "
        "GmbH & Co. KG, Iota S.p.A., Kappa SpA, Lambda S.A.S. and Mu SA, Nu Pty. Ltd. Xi plc"
    )
    expected = [(m.start(), m.group()) for m in plain.finditer(text)]
    assert [(m.start(), m.group()) for m in grouped.finditer(text)] == expected
    assert [form for _, form in expected][:4] == ["Inc.", "Inc", "Co., Ltd.", "Co."]
    assert by_first_character(["Inc.", "Inc", "AG"]) == r"(?:I(?:nc\.|nc)|A(?:G))"
