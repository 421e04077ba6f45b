"""How food and activity names are compared: one normalisation for the index (scripts/build_food_db) and
for what the user says, so that "Crème fraîche", "creme fraiches" and "CRÈME FRAÎCHE" are the same words.

- Latin letters lose case and accents; ß, œ and æ are spelled out; Devanagari keeps its vowel signs
  (they are letters there, not accents) and only loses the nukta, which people type or leave out.
- Each word is reduced by a light, language-blind stem (``stem``): plural s, a final e, y/ie → i.
  It is not linguistics; it only has to map both sides of a comparison to the same form.
- Leading amounts, articles and containers ("two", "a glass of", "ein", "une tasse de", "ek katori")
  are split off (``split_amount``): they say how much, not what. Words that carry no meaning anywhere
  ("of", "with the", "de la") are dropped from searches (``content_words``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

NUKTA = "\u093c"

# Words that start an amount: counts and fractions in the five languages (romanised Hindi included).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "dozen": 12, "couple": 2, "few": 3, "half": 0.5, "quarter": 0.25,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "medio": 0.5, "media": 0.5,
    "cuarto": 0.25, "viertel": 0.25,
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "halb": 0.5, "halbe": 0.5,
    "halben": 0.5, "halber": 0.5, "halbes": 0.5, "paar": 2, "einige": 3,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "demi": 0.5, "demie": 0.5, "moitie": 0.5, "quelques": 3,
    "ek": 1, "do": 2, "teen": 3, "char": 4, "paanch": 5, "panch": 5, "aadha": 0.5, "adha": 0.5,
    "aadhi": 0.5, "adhi": 0.5, "dedh": 1.5, "dhai": 2.5, "kuch": 3, "thoda": 1, "thodi": 1,
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "आधा": 0.5, "आधी": 0.5, "डेढ": 1.5,
    "ढाई": 2.5,
}
# Articles and "one" in its gendered forms count as 1 when they start an amount ("a banana").
ARTICLES = {"a": 1, "an": 1, "un": 1, "una": 1, "une": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1,
            "einer": 1, "some": None, "the": None, "el": None, "la": None, "los": None, "las": None,
            "unos": None, "unas": None, "der": None, "die": None, "das": None, "den": None, "le": None,
            "les": None, "des": None, "du": None, "l": None, "d": None, "my": None, "mi": None, "mein": None,
            "meine": None, "mon": None, "ma": None, "mes": None,
            # a little of it, amount unsaid ("a bit of butter", "un poco de arroz", "ein bisschen", "un peu de")
            "little": None, "bit": None, "poco": None, "poquito": None, "bisschen": None, "peu": None}
# "of" and its cousins between an amount and the food ("a glass of", "un vaso de", "ek katori ka")
LINKS = {"of", "de", "del", "d", "von", "vom", "ka", "ki", "ke", "का", "की", "के", "x"}
# Words that carry no meaning in a food name anywhere (never dropped from an exact alias).
FILLER = {"of", "a", "an", "and", "with", "de", "del", "la", "el", "los", "las", "y", "con", "der", "die",
          "das", "und", "mit", "le", "les", "du", "des", "au", "aux", "et", "avec", "l", "d", "ka", "ki", "ke",
          "aur", "का", "की", "के", "और", "some", "my", "i", "had", "ate", "have", "eaten", "drank",
          "nature", "natur"}  # French and German for plain, which is what a food is unless said otherwise

# Said after the food: when it was eaten ("for breakfast", "zum Frühstück", "pour le dîner", "para la cena",
# "nashte mein", "this morning", "today"). It says when, not what: "a banana for breakfast" is a banana.
WHEN_WORDS = {
    "breakfast", "lunch", "dinner", "supper", "brunch", "snack", "today", "tonight", "yesterday", "morning",
    "afternoon", "evening", "night", "noon", "midday",
    "desayuno", "almuerzo", "comida", "cena", "merienda", "hoy", "ayer", "manana", "tarde", "noche", "mediodia",
    "fruhstuck", "mittag", "mittagessen", "abendessen", "abendbrot", "brotzeit", "heute", "gestern", "vormittag",
    "nachmittag", "abend", "morgens", "mittags", "abends",
    "dejeuner", "diner", "gouter", "souper", "aujourd", "hui", "hier", "matin", "midi", "soir",
    "nashta", "nashte", "khana", "khane", "aaj", "subah", "dopahar", "shaam", "sham", "raat",
    "नाश्ता", "नाश्ते", "खाना", "खाने", "आज", "सुबह", "दोपहर", "शाम", "रात", "morgen",
}
# Where it was eaten, said the same way ("on the way to class", "at work", "en el trabajo", "auf dem Weg",
# "au bureau", "to go"): also not part of the food
WHEN_WORDS |= {
    "way", "class", "work", "school", "gym", "office", "car", "road", "go", "train", "bus", "desk",
    "trabajo", "escuela", "oficina", "camino", "colegio", "universidad", "gimnasio",
    "arbeit", "schule", "buro", "weg", "uni", "unterwegs", "mitnehmen",
    "travail", "ecole", "bureau", "fac", "emporter",
    "daftar", "college",
}
DAY_WORDS = {"today", "tonight", "yesterday", "hoy", "ayer", "heute", "gestern", "aujourd", "hui", "hier", "aaj", "आज"}
# what leads into such a tail ("for", "zum", "pour le", "para el", "this") and, in Hindi, what follows it ("mein")
WHEN_LEADS = {"for", "at", "in", "this", "as", "with", "zum", "zur", "am", "beim", "heute", "para", "en", "por",
              "el", "la", "esta", "este", "pour", "au", "a", "ce", "cet", "cette", "le", "the", "du",
              "on", "to", "my", "from", "after", "before", "auf", "dem", "im", "nach", "vor", "unterwegs",
              "mi", "al", "camino", "despues", "antes", "sur", "mon", "ma", "apres", "avant"}
WHEN_TRAILS = {"mein", "me", "main", "ko", "mai", "में", "को"}

# How a food was prepared, in the five languages: said, it rules out the raw row ("steamed cauliflower",
# "coliflor hervida", "gebratene Zucchini", "उबले आलू"); "raw" words rule out the cooked ones.
COOKED_WORDS = {
    "cooked", "boiled", "steamed", "baked", "roasted", "grilled", "fried", "sauteed", "stewed", "poached",
    "braised", "broiled", "microwaved", "scrambled", "mashed", "toasted", "sauteed",
    "cocido", "cocida", "cocidos", "cocidas", "hervido", "hervida", "hervidos", "hervidas", "asado", "asada",
    "asados", "asadas",
    "frito", "frita", "fritos", "fritas", "horno", "plancha", "salteado", "salteados", "vapor", "guisado",
    "gekocht", "gekochte", "gekochter", "gekochtes", "gebraten", "gebratene", "gebratener", "gebratenes",
    "gedunstet", "gedunstete", "gedampft", "gegrillt", "gegrillte", "gebacken", "gebackene", "frittiert",
    "geroestet", "gerostet", "gerostete",
    "cuit", "cuite", "cuits", "cuites", "vapeur", "bouilli", "bouillie", "roti", "rotie", "grille", "grillee",
    "frit", "frite", "poele", "poelee", "saute", "sautee", "sautees", "sautes", "braise", "four",
    "ubla", "uble", "ubli", "ubala", "tala", "tali", "tale", "bhuna", "bhuni", "seka", "उबला", "उबले", "उबली",
    "तला", "तली", "तले", "भुना", "भुनी", "सेका",
}
RAW_WORDS = {"raw", "fresh", "crudo", "cruda", "crudos", "crudas", "roh", "rohe", "roher", "rohes", "cru", "crue",
             "crus", "crues", "kacha", "kachcha", "kachchi", "कच्चा", "कच्ची", "कच्चे"}

UNIT_PATTERN = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(g|gr|grams?|gramm|gramos?|grammes?|kg|ml|cl|dl|l|oz|lbs?)$")


# Words around a food name that belong to one of the five languages only (after normalize): they tell which
# language the name is in when a name means different foods in two ("deux pommes" apples, "eine Portion
# Pommes" fries). Words two languages share ("un", "de", "la", "portion", "tasse") are left out.
LANGUAGE_CUES = {
    "en": ("one", "two", "three", "four", "five", "the", "some", "of", "with", "and", "glass", "cup", "bowl",
           "plate", "slice", "piece", "serving", "couple", "few", "half"),
    "es": ("uno", "una", "unos", "unas", "dos", "tres", "cuatro", "cinco", "con", "y", "el", "los", "las", "vaso",
           "taza", "plato", "rebanada", "trozo", "porcion", "medio", "media"),
    "de": ("ein", "eine", "einen", "einem", "einer", "zwei", "drei", "vier", "funf", "mit", "und", "der", "die",
           "das", "den", "stuck", "scheibe", "glas", "teller", "schussel", "paar", "halbe"),
    "fr": ("une", "deux", "trois", "quatre", "cinq", "des", "du", "au", "aux", "avec", "et", "le", "les", "verre",
           "assiette", "morceau", "tranche", "quelques", "demi"),
    "hi": ("ek", "teen", "ka", "ki", "ke", "aur", "katori", "gilas", "एक", "दो", "का", "की", "के", "और"),
}
_CUE_LANGUAGES: dict[str, str] = {w: lang for lang, cues in LANGUAGE_CUES.items() for w in cues}


def language_cue(text: str) -> str | None:
    """The language the words around the food say, when they say only one ("deux pommes" -> "fr")."""
    top = Counter(_CUE_LANGUAGES[w] for w in normalize(text).split() if w in _CUE_LANGUAGES).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def normalize(text: str) -> str:
    """Lowercase, accents off (Latin only), punctuation to spaces: 'Crème  Fraîche!' -> 'creme fraiche'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for ch in text:
        if unicodedata.combining(ch):
            # a combining mark after a Latin letter is an accent; after Devanagari it is part of the letter
            if kept and not kept[-1].isascii() and ch != NUKTA:
                kept.append(ch)
            continue
        kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept))
    text = text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    # a word is letters, digits and the marks that belong to them (Devanagari vowel signs are category M)
    # a percentage is part of a name, not an amount: "1% milk" -> "1pct milk", as in "Milk, lowfat, 1% milkfat"
    text = re.sub(r"(\d+(?:[.,]\d+)?)\s*%", lambda m: m.group(1).replace(",", ".") + "pct", text)
    # a decimal point ("1.5", "0,5") and a fraction bar ("1/2") between digits survive the punctuation
    text = re.sub(r"(?<=\d)[.,](?=\d)", "\x00", text)
    text = re.sub(r"(?<=\d)\s*/\s*(?=\d)", "\x01", text)
    text = "".join(ch if ch.isalnum() or ch in "\x00\x01" or unicodedata.category(ch).startswith("M") else " "
                   for ch in text)
    text = text.replace("\x00", ".").replace("\x01", " / ")
    return " ".join(text.split())


def stem(word: str) -> str:
    """A word's comparison form: apples/apple -> appl, cookies/cookie -> cooki, fries/fry -> fri,
    cooked/cook -> cook, dried/dry -> dri, omelette/omelet -> omelet."""
    if not word.isascii() or len(word) <= 2 or word.isdigit():
        return word
    if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us")):
        word = word[:-1]
    elif word.endswith("eaux"):  # gâteaux, poireaux
        word = word[:-1]
    elif word.endswith("ed") and len(word) > 4 and word[-3] != "e":  # cooked/cook, dried/dry (not "seed")
        word = word[:-2]
        if word[-1] == word[-2] and word[-1] not in "ls":  # chopped/chop, but not "grilled", "dressed"
            word = word[:-1]
    if word.endswith("ie") and len(word) > 3:
        word = word[:-1]
    elif word.endswith("y"):
        word = word[:-1] + "i"
    elif word.endswith("e") and len(word) > 3:
        word = word[:-1]
        # spelled with one letter or two alike: "Kaffee"/"Kaffe"/"Kafe", "coffee"/"cofee"
        if word.endswith("e") and len(word) > 3:
            word = word[:-1]
        if len(word) > 3 and word.endswith("ff"):
            word = word[:-1]
    if len(word) > 4 and word.endswith("tt"):
        # the French and German spelling of a name English writes with one t: omelette/Omelett/omelet,
        # Kotelett/cutlet's côtelette; a name people say in one language and USDA writes in another
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """The stemmed words of *text*."""
    return [stem(w) for w in normalize(text).split()]


def key(text: str) -> str:
    """The exact-match key of a name: its stemmed words joined by spaces."""
    return " ".join(words(text))


def content_words(stems: list[str]) -> list[str]:
    """*stems* without words that mean nothing in a food name; all of them when nothing else is left."""
    kept = [w for w in stems if w not in _FILLER_STEMS]
    return kept or stems


@dataclass(frozen=True)
class Amount:
    """What the user said before the food: "two large", "a glass of", "200 g", "half a plate of"."""
    quantity: float | None = None  # 2 for "two", 0.5 for "half a"
    unit: str | None = None  # the container or measure word as said: "glass", "tasse", "katori", "slice"
    grams: float | None = None  # for "200 g"
    millilitres: float | None = None  # for "250 ml"

    @property
    def said(self) -> bool:
        return self.quantity is not None or self.unit is not None or self.grams is not None \
            or self.millilitres is not None


# Containers and measures people put before a food, in the five languages, by the English portion word they
# are matched as against USDA's household measures (portions.py).
PORTION_WORDS = {
    "cup": ("cup", "cups", "taza", "tazas", "tasse", "tassen", "kap", "कप", "pyala", "pyaala", "pyali", "pyaali",
            "प्याला", "प्याली",),
    "mug": ("mug",),
    "glass": ("glass", "glasses", "vaso", "vasos", "glas", "glaser", "verre", "verres", "gilaas", "gilas", "गिलास",
              "copa",),
    "bowl": ("bowl", "bowls", "bol", "cuenco", "tazon", "schussel", "schale", "katori", "katoree", "कटोरी", "katora",
             "कटोरा",),
    "plate": ("plate", "plates", "plato", "teller", "assiette", "thali", "plet", "प्लेट",),
    "slice": ("slice", "slices", "rebanada", "rebanadas", "loncha", "rodaja", "scheibe", "scheiben", "tranche",
              "tranches",),
    "piece": ("piece", "pieces", "pedazo", "trozo", "stuck", "stueck", "morceau", "part", "pointe", "tukda", "tukde",
              "टुकड़ा", "टुकडा",),
    "serving": ("porcion", "serving", "servings", "portion", "portions", "racion", "order", "helping", "side",),
    "tbsp": ("tablespoon", "tablespoons", "tbsp", "cucharada", "cucharadas", "essloffel", "cuillere", "chammach",
             "chamach", "चम्मच", "dollop", "klecks", "spoon", "spoonful", "cuchara",
             "loffel",),
    "tsp": ("teaspoon", "teaspoons", "tsp", "cucharadita", "teeloffel",),
    "handful": ("handful", "punado", "handvoll", "poignee", "mutthi",),
    "can": ("can", "cans", "lata", "dose", "canette",),
    "carton": ("carton", "karton", "brik", "brique",),
    "bottle": ("bottle", "bottles", "botella", "flasche", "bouteille", "botal", "बोतल",),
    "pint": ("pint",),
    "scoop": ("scoop", "bola", "kugel", "boule",),
    "bar": ("bar", "barrita", "riegel", "barre",),
    "stick": ("stick",),
    "large": ("large", "grande", "gross", "grosse", "grosser", "grosses", "bada", "badi", "बड़ा", "बड़ी",),
    "medium": ("medium", "mediano", "mediana", "mittel", "moyen", "moyenne",),
    "small": ("small", "pequeno", "pequena", "klein", "kleine", "kleiner", "kleines", "petit", "petite", "chhota",
              "chota", "chhoti", "choti", "छोटा", "छोटी",),
    "oz": ("ounce", "ounces", "onza", "onzas", "unze", "once",),
    "bag": ("bag", "packet", "pack", "paquete", "bolsa", "tute", "packung", "sachet", "paquet",),
    "box": ("box", "caja", "cajita", "schachtel", "boite", "dabba", "डब्बा",),
    "bunch": ("bunch", "racimo",),
    "ear": ("ear", "ears", "mazorca", "elote", "kolben", "epi", "bhutta", "भुट्टा",),
    "shot": ("shot", "chupito", "caballito",),
}
SIZE_WORDS = ("large", "medium", "small")
# Sizes that are only sizes before a container ("a big glass", "un grand verre", "un gros bol"); before anything
# else they are part of a name ("a Big Mac", "un grand café").
SIZES_OF_CONTAINERS = {"big": "large", "grand": "large", "gros": "large", "huge": "large", "little": "small",
                       "tiny": "small"}


def _plurals(word: str) -> set[str]:
    """*word* and its plurals in the five languages' usual endings ("lonchas", "Flaschen", "morceaux", "bols").
    Forms that are not words ("cupen") are harmless: they are only ever compared with what the user said."""
    forms = {word, word + "s", word + "es", word + "n", word + "en"}
    if word.endswith(("eau", "eu")):
        forms.add(word + "x")
    return forms


# containers take their plurals; sizes do not ("petits pois" are peas, not small ones)
_CONTAINER_KEYS = {form: english for english, words_ in PORTION_WORDS.items() for said in words_
                   for form in ({normalize(said)} if english in SIZE_WORDS else _plurals(normalize(said)))}
_NUMBERS = {normalize(k): v for k, v in NUMBER_WORDS.items()}
_ARTICLES = {normalize(k): v for k, v in ARTICLES.items()}
_LINKS = {normalize(k) for k in LINKS}
_FILLER_STEMS = {stem(normalize(w)) for w in FILLER}
COOKED_STEMS = frozenset(stem(normalize(w)) for w in COOKED_WORDS)
_WHEN = frozenset(normalize(w) for w in WHEN_WORDS | DAY_WORDS)
_DAYS = frozenset(normalize(w) for w in DAY_WORDS)
_WHEN_LEADS = frozenset(normalize(w) for w in WHEN_LEADS)
_WHEN_TRAILS = frozenset(normalize(w) for w in WHEN_TRAILS)
_WHEN_ANY = _WHEN | _WHEN_LEADS | _WHEN_TRAILS | {"petit"}  # "pour le petit déjeuner"; never a lead
RAW_STEMS = frozenset(stem(normalize(w)) for w in RAW_WORDS)
_COOKING_FORMS = frozenset(normalize(w) for w in COOKED_WORDS | RAW_WORDS)  # as said: "toast" and "fries" are foods
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def portion_word(word: str) -> str | None:
    """A container or measure word of any of the five languages as its English portion word, or None."""
    return _CONTAINER_KEYS.get(normalize(word))


def split_amount(text: str) -> tuple[Amount, str]:
    """("a glass of milk") -> (Amount(quantity=1, unit='glass'), 'milk'); the food part is normalised. A size
    before a container stays with it: ("a large glass of milk") -> unit 'large glass'.

    Only a leading amount is taken: "milk chocolate" keeps "milk", "café con leche" keeps "con".
    The food part is never emptied: "glass" alone stays a food name.
    """
    for frac, value in _FRACTIONS.items():
        text = text.replace(frac, f" {value} ")
    tokens = normalize(text.replace("/", " / ")).split()
    quantity: float | None = None
    unit = None
    grams = millilitres = None
    container_at, unit_before = None, None  # where the container word was, and the unit before it
    i = 0
    while i < len(tokens) - 1:
        tok = tokens[i]
        measured = UNIT_PATTERN.match(tok)
        if measured is None and _is_number(tok) and i + 2 < len(tokens):
            measured = UNIT_PATTERN.match(tok + tokens[i + 1])  # "200 g" written apart
            if measured:
                i += 1
        if measured:
            value, measure = float(measured.group(1).replace(",", ".")), measured.group(2)
            if measure in ("ml", "cl", "dl", "l"):
                millilitres = value * {"ml": 1, "cl": 10, "dl": 100, "l": 1000}[measure]
            else:
                grams = value * {"kg": 1000, "oz": 28.3495, "lb": 453.592, "lbs": 453.592}.get(measure, 1)
        elif _is_number(tok):
            quantity = _number(tok) * (quantity if quantity is not None and quantity < 1 else 1)
            if i + 2 < len(tokens) and tokens[i + 1] == "/" and _is_number(tokens[i + 2]):  # 1/2
                quantity = _number(tok) / max(_number(tokens[i + 2]), 1)
                i += 2
        elif tok in _NUMBERS:
            value = _NUMBERS[tok]
            # "half a plate", "a half cup": a fraction and an article multiply, they do not add
            quantity = value * quantity if quantity is not None and value < 1 else (
                value if quantity is None or quantity == 1 else quantity * value)
        elif (tok in SIZES_OF_CONTAINERS and unit is None and i + 1 < len(tokens)
              and _CONTAINER_KEYS.get(tokens[i + 1]) not in (None, *SIZE_WORDS)):
            unit = SIZES_OF_CONTAINERS[tok]
        elif tok in _ARTICLES and not (tok == "the" and i > 0):  # "un thé": French tea, not an article
            if _ARTICLES[tok] is not None and quantity is None:
                quantity = 1.0
        elif tok in _CONTAINER_KEYS and unit is None:
            container_at, unit_before, unit = i, unit, _CONTAINER_KEYS[tok]
        elif tok in _CONTAINER_KEYS and unit in SIZE_WORDS and _CONTAINER_KEYS[tok] not in SIZE_WORDS:
            # "a large glass of milk", "ek badi katori dal"
            container_at, unit_before, unit = i, unit, f"{unit} {_CONTAINER_KEYS[tok]}"
        elif tok in _LINKS and (quantity is not None or unit is not None or grams or millilitres):
            pass
        else:
            break
        i += 1
    rest = _without_when(tokens[i:])
    if container_at is not None and all(w in _COOKING_FORMS for w in rest):
        # nothing but how it was cooked after the container: the container word is the food ("un elote
        # cocido", "dos elotes asados": an elote is the ear and the corn on it)
        unit, rest = unit_before, _without_when(tokens[container_at:])
    return Amount(quantity, unit, grams, millilitres), " ".join(rest)


def without_count(text: str) -> str:
    """*text* normalised, without the count or article it starts with but with any size word: "un petit pain"
    -> "petit pain" (a roll, a name of its own, where the amount reading makes it a small bread)."""
    tokens = normalize(text).split()
    i = 0
    while i < len(tokens) - 1 and (tokens[i] in _NUMBERS or tokens[i] in _ARTICLES or _is_number(tokens[i])):
        i += 1
    return " ".join(tokens[i:])


def _without_when(tokens: list[str]) -> list[str]:
    """*tokens* without a trailing "when" or "where": led in ("for breakfast", "zum Frühstück", "pour le dîner",
    "on the way to class"), a Hindi meal or time with its postposition ("nashte mein"), or a day alone
    ("today", "heute"). At least one word
    stays, and a meal word without a lead is part of the name ("breakfast burrito", "lunch meat", "a fruit
    snack")."""
    j = len(tokens)
    while j > 1 and tokens[j - 1] in _WHEN_ANY:
        j -= 1
    tail = tokens[j:]
    if not any(w in _WHEN for w in tail):
        return tokens
    led = tail[0] in _WHEN_LEADS
    hindi = tail[-1] in _WHEN_TRAILS
    dated = all(w in _DAYS for w in tail)
    return tokens[:j] if led or hindi or dated else tokens


def _is_number(tok: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", tok))


def _number(tok: str) -> float:
    return float(tok.replace(",", "."))
