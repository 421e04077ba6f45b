"""Finding foods as people say them (issue 13): five languages, amounts, plurals, accents, misspellings,
the plain form first, and the labelled phrase set's accuracy."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from nutrivoice_desktop.nutrition.context import FOOD_DB
from nutrivoice_desktop.nutrition.food_db import FoodDatabase
from nutrivoice_desktop.nutrition import portions
from nutrivoice_desktop.nutrition.food_text import language_cue, normalize, split_amount, stem
from nutrivoice_desktop.services import paths

HOLDOUT_TOP1, HOLDOUT_TOP5 = 0.90, 0.92  # today 91.9 % and 94.6 %, less about 2 points (docs/FOOD_SEARCH.md)
PHRASES = Path(__file__).resolve().parents[1] / "data" / "food_phrases.csv"
HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout.csv"
HOLDOUT2 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout2.csv"
FRESH_TOP1, FRESH_TOP5 = 0.81, 0.86  # today 83.8 % and 88.9 % (first measured unseen: 73.6 %, 80.3 %)
HOLDOUT3 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout3.csv"
FOURTH_TOP1, FOURTH_TOP5 = 0.93, 0.95  # first measured unseen: 92.1 % and 95.4 %; 94.9 % and 96.7 % now
HOLDOUT4 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout4.csv"
FIFTH_TOP1, FIFTH_TOP5 = 0.93, 0.95  # first measured unseen: 91.6 % and 95.9 %; 94.9 % and 97.2 % now
HOLDOUT5 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout5.csv"
SIXTH_TOP1, SIXTH_TOP5 = 0.89, 0.92  # first measured unseen: 87.7 % and 93.1 %; 91.5 % and 94.7 % now
HOLDOUT6 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout6.csv"
SEVENTH_TOP1, SEVENTH_TOP5 = 0.84, 0.90  # first measured unseen: 83.3 % and 90.1 %; 86.3 % and 92.6 % now
HOLDOUT7 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout7.csv"
EIGHTH_TOP1, EIGHTH_TOP5 = 0.83, 0.88  # first measured unseen: 80.5 % and 87.6 %; 84.1 % and 89.6 % still unseen
HOLDOUT8 = Path(__file__).resolve().parents[1] / "data" / "food_phrases_holdout8.csv"
NINTH_TOP1, NINTH_TOP5 = 0.80, 0.87  # measured unseen: 78.3 % / 87.2 % as the day began, 82.2 % / 89.4 % at its end


@pytest.fixture(scope="module")
def foods():
    db = FoodDatabase(paths.resources_dir() / "data" / FOOD_DB)
    yield db
    db.close()


def best(foods, phrase):
    found = foods.search(phrase)
    assert found.best is not None, phrase
    return found.best


@pytest.mark.parametrize("phrase", ["Brötchen", "चावल", "केला", "croissant au beurre", "an apple", "a beer",
                                    "un café", "cooked lentils"])
def test_the_phrases_a_new_user_tried_are_found_for_sure(foods, phrase):
    found = foods.search(phrase)
    assert found.best is not None and found.sure, phrase


def test_the_plain_common_form_wins(foods):
    assert best(foods, "greek yogurt").description == "Yogurt, Greek, plain, whole milk"
    assert best(foods, "an apple").description.startswith("Apples, raw, with skin")
    fries = best(foods, "french fries").description.lower()
    assert "french fr" in fries and "frozen" not in fries and "cheese" not in fries
    assert "cooked" in best(foods, "cooked lentils").description and "sprouted" not in best(foods, "lentils").description


@pytest.mark.parametrize("phrase, same_as", [
    ("two bananas", "banana"), ("BANANNA", "banana"), ("Bananen", "banana"), ("plátanos", "banana"),
    ("a glass of milk", "milk"), ("ein Glas Milch", "milk"), ("un verre de lait", "milk"),
    ("ek katori chawal", "rice"), ("दो कप चावल", "rice"), ("un cafe", "un café"), ("a creme brulee", "crème brûlée"),
])
def test_amounts_articles_plurals_accents_and_misspellings_do_not_stop_a_match(foods, phrase, same_as):
    assert best(foods, phrase).ref == best(foods, same_as).ref


def test_a_misspelling_is_corrected_and_said(foods):
    found = foods.search("cauliflowr")
    assert found.best.description.startswith("Cauliflower")
    assert found.search.corrected == {"cauliflowr": "cauliflower"}
    assert foods.search("ein paar Kekse").search.corrected == {}  # short words are not "corrected" (paar/pear)


def test_an_unclear_phrase_offers_candidates_instead_of_a_sure_guess(foods):
    found = foods.search("chicken tikka cheese crust")
    assert not found.sure
    assert foods.search("zzzz qqqq").best is None


def test_ids_resolve_in_every_spelling(foods):
    banana = best(foods, "banana")
    for spelled in (banana.ref, banana.ref.upper(), f"FDC {banana.source_id}", str(banana.source_id)):
        assert foods.get(spelled).ref == banana.ref
    assert banana.source_label == f"USDA FDC {banana.source_id}"
    with pytest.raises(KeyError):
        foods.get("fdc:1")


def test_amount_words_are_split_off_in_five_languages():
    assert split_amount("a glass of milk")[0].unit == "glass"
    assert split_amount("half a plate of rice")[0].quantity == 0.5
    assert split_amount("1/2 cup oats")[0].quantity == 0.5
    assert split_amount("1,5 Tassen Reis") == (split_amount("1,5 Tassen Reis")[0], "reis")
    assert split_amount("200 g de arroz")[0].grams == 200
    assert split_amount("दो रोटी")[0].quantity == 2
    assert split_amount("une tasse de thé")[1] == "the"
    assert split_amount("milk chocolate")[1] == "milk chocolate"  # only a leading amount is taken


@pytest.mark.parametrize("phrase, unit, food", [
    ("deux tasses de thé", "cup", "the"), ("unas lonchas de jamón", "slice", "jamon"),
    ("drei Flaschen Bier", "bottle", "bier"), ("trois morceaux de sucre", "piece", "sucre"),
    ("two cartons of milk", "carton", "milk"), ("ek pyala chai", "cup", "chai"), ("dos copas de vino", "glass", "vino"),
    ("two boxes of raisins", "box", "raisins"), ("una cajita de pasas", "box", "pasas"),
])
def test_containers_are_split_off_in_the_plural_too(phrase, unit, food):
    assert split_amount(phrase)[0].unit == unit and split_amount(phrase)[1] == food


def test_a_size_word_is_not_made_plural():
    assert split_amount("des petits pois")[1] == "petits pois"  # peas, not small ones


@pytest.mark.parametrize("phrase, unit, food", [
    ("a large glass of milk", "large glass", "milk"), ("a big glass of sweet tea", "large glass", "sweet tea"),
    ("un grand verre de lait", "large glass", "lait"), ("ein großes Glas Bier", "large glass", "bier"),
    ("ek badi katori dal", "large bowl", "dal"), ("two large eggs", "large", "eggs"),
    ("a big mac", None, "big mac"), ("un grand café", None, "grand cafe"),  # a size only before a container
    ("a little bit of butter", None, "butter"), ("un peu de fromage", None, "fromage"),  # "bit" is no food word
    ("ein bisschen Käse", None, "kase"), ("un poco de arroz", None, "arroz"),
    # nothing but a cooking word after it: the container word is the food (an elote is the ear and the corn)
    ("un elote cocido", None, "elote cocido"), ("dos elotes asados", None, "elotes asados"),
    ("a piece of toast", "piece", "toast"), ("a large fries", "large", "fries"),  # foods, not cooking words
])
def test_a_size_before_a_container_stays_with_it(phrase, unit, food):
    assert split_amount(phrase)[0].unit == unit and split_amount(phrase)[1] == food


def test_a_large_glass_is_a_glass_when_usda_measures_no_large_one(foods):
    """USDA has no "large glass" of milk; how much larger is a guess, so it is the glass it does measure, and
    the amount says so ("1 glass (240 ml, 244 g)"); it used to be refused, and "glass" searched as a food."""
    found = foods.search("a large glass of milk")
    assert found.best.description.startswith("Milk, whole")
    amount = portions.resolve(foods, found.best, found.search.amount.quantity, found.search.amount.unit)
    assert amount.text.startswith("1 glass (240 ml")


def test_a_size_word_that_is_part_of_a_name_is_not_an_amount(foods):
    """French names start with "petit": "un petit pain" is a roll and "un petit café" an espresso (not a small
    bread or a small brewed coffee); "two large eggs" stays two eggs of USDA's large size."""
    roll = foods.search("un petit pain")
    assert roll.best.description.startswith("Rolls") and roll.search.amount.unit is None
    assert "espresso" in foods.search("un petit café").best.description
    eggs = foods.search("two large eggs")
    assert eggs.best.description.startswith("Egg, whole") and eggs.search.amount.unit == "large"


def test_a_little_box_is_the_small_box_usda_measures(foods):
    """"a little box of raisins" is USDA's "1 small box (43 g)", not 100 g of raisins nor a guess of one serving;
    a box USDA does not measure is not guessed either (the assistant asks for grams)."""
    found = foods.search("a little box of raisins")
    amount = found.search.amount
    assert found.best.description.startswith("Raisins")
    assert portions.resolve(foods, found.best, amount.quantity, amount.unit).grams == 43
    with pytest.raises(portions.PortionUnknown):
        portions.resolve(foods, foods.search("a box of chocolates").best, 1, "box")


def test_misspelt_names_with_small_words_or_a_letter_too_few_are_found(foods):
    assert best(foods, "une omlette aux fines herbes").ref == best(foods, "omelette aux fines herbes").ref
    assert best(foods, "ein Kaffe").ref == best(foods, "ein Kaffee").ref


def test_a_name_spelled_the_french_or_german_way_is_usdas_english_one(foods):
    """"omelette"/"Omelett" are USDA's "omelet": a cheese omelette is an egg omelet with cheese, not the egg
    white sandwich that the word "omelette" (unknown to USDA) used to leave as the best match for "cheese"."""
    assert stem("omelette") == stem("Omelett".lower()) == stem("omelet")
    for phrase in ("omelette au fromage", "une omelette au fromage", "ein Omelett mit Käse"):
        assert best(foods, phrase).description.startswith("Egg omelet or scrambled egg, with cheese"), phrase


def test_an_alternative_usda_names_beside_or_is_not_a_word_left_unsaid(foods):
    """FNDDS's "Chicken or turkey and rice", "Turkey or chicken burger": the alternative the user did not say
    costs nothing, so "a turkey burger" is the burger, not a turkey sub that happens to say fewer words."""
    assert best(foods, "a turkey burger").description.startswith("Turkey or chicken burger")
    assert best(foods, "an egg white omelette").description.startswith("Egg white omelet, scrambled, or fried")
    assert any(f.description.startswith("Chicken or turkey and rice")
               for f in foods.search("a bowl of chicken and rice").foods)
    # the kind of food unspecified is another matter: said, the kind wins
    assert "salmon" in best(foods, "a grilled salmon fillet").description


@pytest.mark.parametrize("phrase, same_as", [
    ("una quesadiya de queso", "una quesadilla de queso"), ("poyo asado", "pollo asado"), ("dos uevos", "dos huevos"),
    ("eine Haehnchenbrust", "eine Hähnchenbrust"), ("un poco de wacamole", "un poco de guacamole"),
    ("arros blanco", "arroz blanco"), ("ein Dönner", "ein Döner"),  # not "dinner", one edit away
])
def test_a_word_spelled_as_it_sounds_is_the_word_meant(foods, phrase, same_as):
    """Speech and keyboards write "ll" as "y", leave out a silent h and spell "ä" as "ae": short words too
    ("poyo" is four letters, too short for an edit)."""
    found = foods.search(phrase)
    assert found.best.ref == best(foods, same_as).ref and found.search.corrected, phrase


def test_a_one_word_name_translates_only_as_spelled(foods):
    """A curated name brings its food's USDA words ("coliflor" -> cauliflower) only when said as spelled:
    "fried" stems like "fries" (which brought "fast food") and "gratin" like the French "gratinée" (an onion
    soup)."""
    assert best(foods, "chicken fried rice from the chinese place").description.startswith("Rice, fried")
    assert not any("onion soup" in f.description.lower() for f in foods.search("un gratin dauphinois").foods)
    assert "Cauliflower" in best(foods, "coliflor hervida").description


@pytest.mark.parametrize("phrase, same_as", [
    ("a handful of jelly beans", "a handful of jellybeans"), ("Hähnchen Brust", "Hähnchenbrust"),
    ("eine Schweine Haxe", "eine Schweinehaxe"), ("pop corn", "popcorn"),
])
def test_a_compound_said_in_two_words_is_the_compound(foods, phrase, same_as):
    """Speech recognition splits German compounds and people split or join English ones: "brust" alone, which
    no food holds, used to be "corrected" to "crust"; "jelly beans" found jellies."""
    assert best(foods, phrase).ref == best(foods, same_as).ref, phrase


def test_a_compound_no_name_holds_is_read_as_its_two_words_and_asked_about(foods):
    """"Spinatlasagne" (no curated name, no USDA word) is spinach and lasagna: a lasagna first, since the last
    part of a German compound is what it is, and never sure (the assistant asks) since it is a reading."""
    found = foods.search("eine Spinatlasagne")
    assert found.best.description.startswith("Lasagna") and not found.sure
    assert found.search.split == {"spinatlasagn": "spinat lasagn"}
    assert not foods.search("Bananenjoghurt").best.description.startswith("Bananas")
    assert foods.search("rasberries").best.description.startswith("Raspberries")  # a misspelling is no compound


@pytest.mark.parametrize("phrase, same_as", [("des pâtes nature", "des pâtes"), ("un bagel nature", "un bagel")])
def test_plain_said_in_french_is_the_plain_food(foods, phrase, same_as):
    """"nature" is plain, what a food is unless said otherwise; as a word it found liver pâté and a raisin bagel."""
    assert best(foods, phrase).ref == best(foods, same_as).ref


def test_what_comes_after_with_goes_with_the_food_it_is_not_the_food(foods):
    assert not best(foods, "Schweinebraten mit Soße").description.startswith("Gravy")


def test_a_cooking_word_wins_over_a_curated_name_of_the_uncooked_food(foods):
    assert "toasted" in best(foods, "two slices of whole wheat toast").description


def test_a_generic_name_means_usdas_unspecified_row_and_a_kind_keeps_its_own(foods):
    """"a muffin" is FNDDS "Muffin, NFS" (what people report without saying more), in every language of the
    curated name; "blueberry muffin" stays the curated SR row; raw kale is not "Kale, NS as to form, cooked"."""
    for phrase in ("a muffin", "ein Muffin", "unas galletas", "a doughnut", "a hamburger"):
        assert best(foods, phrase).description.endswith(", NFS"), phrase
    assert best(foods, "a blueberry muffin").description.startswith("Muffins, blueberry")
    assert best(foods, "kale").description == "Kale, raw"


@pytest.mark.parametrize("phrase, start", [
    ("deux pommes", "Apples, raw"),  # French apples said twice; the German "Pommes" are fries
    ("des pommes", "Apples, raw"),
    ("eine Portion Pommes", "Fast foods, potato, french fried"),
    ("zwei Pommes", "Fast foods, potato, french fried"),
    ("du pâté", "Liver, paste or pate"),  # said in the singular: not "pâtes" (pasta)
    ("des pâtes", "Pasta, cooked"),
])
def test_a_name_two_languages_share_goes_by_the_words_around_it(foods, phrase, start):
    assert best(foods, phrase).description.startswith(start), phrase


def test_the_words_around_a_food_say_its_language_only_when_they_agree():
    assert language_cue("deux pommes") == "fr" and language_cue("eine Portion Pommes") == "de"
    assert language_cue("dos tortillas") == "es" and language_cue("ek katori dal") == "hi"
    assert language_cue("2 pommes") is None  # nothing but the name: no language
    assert language_cue("ek glass chaas") is None  # a Hindi word and an English one: undecided
    assert language_cue("un pain de mie") is None  # "un" and "de": Spanish or French


def test_normalisation_keeps_devanagari_and_drops_latin_accents():
    assert normalize("Crème  Fraîche!") == "creme fraiche"
    assert normalize("Straße") == "strasse"
    assert normalize("चावल") == "चावल"  # vowel signs are letters in Devanagari, not accents
    assert normalize("तेज़") == normalize("तेज")  # the nukta is typed or left out


def accuracy(foods, path: Path) -> tuple[float, float, int, list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    top1, top5, misses = defaultdict(int), defaultdict(int), []
    for row in rows:
        accepted = set(row["expected"].split("|"))
        refs = [f.ref for f in foods.search(row["phrase"], 5).foods]
        top1[row["lang"]] += bool(refs[:1] and refs[0] in accepted)
        top5[row["lang"]] += bool(accepted & set(refs))
        if not (refs[:1] and refs[0] in accepted):
            misses.append(f"{row['lang']} {row['phrase']!r}: got {refs[:1]}, want {row['expected']}")
    n = len(rows)
    return sum(top1.values()) / n, sum(top5.values()) / n, n, misses


def test_labelled_phrases_top1_and_top5(foods):
    """The labelled set (tests/data/food_phrases.csv, written from the USDA tables by someone who did not see
    the aliases): top-1 >= 95 %, top-5 >= 99 % (issue 13). The aliases were reviewed against its misses, so
    this figure is optimistic; the held-out set below is the honest one. Per language: docs/FOOD_SEARCH.md."""
    rate1, rate5, n, misses = accuracy(foods, PHRASES)
    assert n >= 300
    print(f"top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}; misses:\n" + "\n".join(misses))
    assert rate1 >= 0.95, misses
    assert rate5 >= 0.99, misses


def test_held_out_phrases_do_not_regress(foods):
    """tests/data/food_phrases_holdout.csv: written after the alias review by a labeller who saw neither the
    aliases nor the misses. Below the issue's target (see docs/FOOD_SEARCH.md); held at today's level so
    a change that makes search worse for unseen phrases fails here."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT)
    assert n >= 250
    print(f"held out: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}; misses:\n" + "\n".join(misses))
    assert rate1 >= HOLDOUT_TOP1 and rate5 >= HOLDOUT_TOP5, misses


def test_third_set_the_honest_figure_does_not_regress(foods):
    """tests/data/food_phrases_holdout2.csv: a third labeller, after both alias reviews; its misses were not
    used to tune anything except two generic bugs ("1% milk" read as one milk, "an ear of corn"). Far below
    the issue's 95 % target: that is the gap left, stated in docs/FOOD_SEARCH.md."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT2)
    assert n >= 250
    print(f"third set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= FRESH_TOP1 and rate5 >= FRESH_TOP5, misses


def test_fourth_set_written_while_the_aliases_grew_does_not_regress(foods):
    """tests/data/food_phrases_holdout3.csv: a fourth labeller who saw neither aliases nor search, written
    while two others added ~420 rows of everyday foods without seeing any labelled set. Its first figure
    (92.1 % / 95.4 %) is the honest one; it is still below the issue's target (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT3)
    assert n >= 300
    print(f"fourth set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= FOURTH_TOP1 and rate5 >= FOURTH_TOP5, misses


def test_fifth_set_does_not_regress(foods):
    """tests/data/food_phrases_holdout4.csv: a fifth labeller, told to list every acceptable SR and FNDDS
    twin; first measured unseen at 91.6 % / 95.9 % (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT4)
    assert n >= 300
    print(f"fifth set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= FIFTH_TOP1 and rate5 >= FIFTH_TOP5, misses


def test_sixth_set_does_not_regress(foods):
    """tests/data/food_phrases_holdout5.csv: a sixth labeller, stricter about NFS rows; first measured unseen at
    87.7 % / 93.1 % (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT5)
    assert n >= 300
    print(f"sixth set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= SIXTH_TOP1 and rate5 >= SIXTH_TOP5, misses


def test_seventh_set_does_not_regress(foods):
    """tests/data/food_phrases_holdout6.csv: a seventh labeller, with many regional dishes USDA has no row for
    (labelled with the nearest one); first measured unseen at 83.3 % / 90.1 % (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT6)
    assert n >= 300
    print(f"seventh set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= SEVENTH_TOP1 and rate5 >= SEVENTH_TOP5, misses


def test_eighth_set_does_not_regress(foods):
    """tests/data/food_phrases_holdout7.csv: an eighth labeller, a week of meals in five countries' kitchens;
    first measured unseen at 80.5 % / 87.6 % on the search of that morning (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT7)
    assert n >= 300
    print(f"eighth set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= EIGHTH_TOP1 and rate5 >= EIGHTH_TOP5, misses


def test_ninth_set_does_not_regress(foods):
    """tests/data/food_phrases_holdout8.csv: a ninth labeller, a normal day of eleven people in five countries;
    measured unseen at 78.3 % / 87.2 % on the search of that morning and 82.2 % / 89.4 % on that evening's
    (docs/FOOD_SEARCH.md)."""
    rate1, rate5, n, misses = accuracy(foods, HOLDOUT8)
    assert n >= 300
    print(f"ninth set: top-1 {rate1:.1%}, top-5 {rate5:.1%} of {n}")
    assert rate1 >= NINTH_TOP1 and rate5 >= NINTH_TOP5, misses


@pytest.mark.parametrize("phrase, same_as", [
    ("a banana for breakfast", "a banana"), ("huevos para el desayuno", "huevos"),
    ("ein Kaffee zum Frühstück", "ein Kaffee"), ("deux oeufs pour le petit-déjeuner", "deux oeufs"),
    ("poha nashte mein", "poha"), ("एक कटोरी दाल दोपहर में", "एक कटोरी दाल"), ("an apple today", "an apple"),
    ("tea in the morning", "tea"),
    # nor where: "the" and "to" found tea (French "thé") for a banana eaten on the way to class
    ("a banana on the way to class", "a banana"), ("un café en el trabajo", "un café"),
    ("ein Brötchen auf dem Weg zur Arbeit", "ein Brötchen"), ("a latte to go", "a latte"),
])
def test_when_it_was_eaten_is_not_part_of_the_food(foods, phrase, same_as):
    assert best(foods, phrase).ref == best(foods, same_as).ref


@pytest.mark.parametrize("phrase, words", [
    ("breakfast burrito", "breakfast burrito"), ("lunch meat", "lunch meat"), ("a fruit snack", "fruit snack"),
    ("dinner roll", "dinner roll"), ("pain au chocolat", "pain au chocolat"),
])
def test_a_meal_word_without_a_lead_stays_in_the_name(phrase, words):
    assert split_amount(phrase)[1] == words
