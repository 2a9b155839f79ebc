from simak.core.online import translator_link, word_links


def test_word_links_name_each_site_and_escape_the_word():
    links = dict(word_links("Kerja sama"))
    assert links["KBBI"] == "https://kbbi.kemdikbud.go.id/entri/kerja%20sama"
    assert links["Wiktionary"].endswith("/kerja%20sama#Indonesian")
    assert "indonesian-english/kerja%20sama" in links["Cambridge"]


def test_translator_link_carries_the_whole_sentence():
    link = translator_link("Rusia  menghadapi sanksi.\n")
    assert link.endswith("text=Rusia%20menghadapi%20sanksi.")
    assert "sl=id" in link and "tl=en" in link
