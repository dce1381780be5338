"""Random text for random_unit.py: Thai (real words, cut from forms/*.xml and the reference
texts by libthai's dictionary, and random syllables), Latin, and the two mixed; Thai names.
Every function takes the caller's random.Random, so a seed gives the same text every time."""
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
THAI_WORDS = [w for w in open(os.path.join(HERE, "random_unit_words.txt"), encoding="utf-8").read().split("\n")
              if w and not w.startswith("#")]
# Latin words as the real units mix them into Thai text, and a few of their own.
LATIN_WORDS = ("Digital DNA Agile Connect the Dot Creativity Performance Criteria Evidence Knowledge Skills "
               "Assessment Guide Executive Management Pre-Production Production Post-Production Animation "
               "Work Flow Development Team Recruitment Budget Scheduling Project Documentation Presentation "
               "Unit of Competence Cloud Data Governance Cyber Security Framework ISO/IEC 27001 API KPI OKR "
               "e-Government Open Smart City Big Analytics Blockchain IoT AI Machine Learning Design Thinking "
               "Roadmap Enterprise Architecture Service Portal Dashboard").split()

# Random Thai syllables, so the line breaker also meets words no dictionary knows. Each is
# spelt the way Thai is typed: a leading vowel always has its consonant after it, every mark
# sits on a consonant, one tone mark at most, vowel marks before tone marks (NFC order).
ONSETS = "กขคงจฉชซดตถทธนบปผพฟภมยรลวสหอฮ"
CLUSTERS = ["", "", "", "", "ร", "ล", "ว"]
TONES = ["", "", "", "\u0E48", "\u0E49", "\u0E4A", "\u0E4B"]
FINALS = ["", "", "ก", "ง", "ด", "น", "บ", "ม", "ย", "ว"]
# (before the onset, marks on it (tone goes after them), after the tone, needs a final)
VOWELS = [("", "", "า", False), ("", "ิ", "", False), ("", "ี", "", False), ("", "ึ", "", True),
          ("", "ื", "อ", False), ("", "ุ", "", False), ("", "ู", "", False), ("เ", "", "", False),
          ("แ", "", "", False), ("โ", "", "", False), ("ไ", "", "", False), ("ใ", "", "", False),
          ("", "", "ำ", False), ("", "ั", "", True), ("เ", "", "า", False), ("เ", "ี", "ย", False),
          ("เ", "ื", "อ", False), ("", "ั", "ว", False), ("", "", "อ", False)]
LATIN_ONSETS = "b c d f g h k l m n p r s t v w z ch sh th st pr tr".split()
LATIN_VOWELS = "a e i o u ai ea io ou".split()

PREFIXES = ["นาย", "นาง", "นางสาว", "ว่าที่ร้อยตรี", "ดร.", "ผู้ช่วยศาสตราจารย์"]


def thai_syllable(rng):
    pre, marks, post, needs_final = rng.choice(VOWELS)
    final = rng.choice(FINALS[2:] if needs_final else FINALS)
    return pre + rng.choice(ONSETS) + rng.choice(CLUSTERS) + marks + rng.choice(TONES) + post + final


def latin_word(rng):
    if rng.random() < 0.6:
        return rng.choice(LATIN_WORDS)
    if rng.random() < 0.03:   # a long word with no break in it: the breaker must cut it somewhere
        return "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.randint(20, 40)))
    word = "".join(rng.choice(LATIN_ONSETS) + rng.choice(LATIN_VOWELS) for _ in range(rng.randint(1, 4)))
    return word.capitalize() if rng.random() < 0.3 else word


def thai_word(rng):
    return rng.choice(THAI_WORDS) if rng.random() < 0.8 else thai_syllable(rng)


def log_uniform(rng, lo, hi):
    """An integer in [lo, hi], as often between 10 and 100 as between 100 and 1,000."""
    hi = max(lo, hi)
    return min(hi, int(math.exp(rng.uniform(math.log(lo), math.log(hi + 1)))))


def text(rng, length, script=None, lo=10):
    """A text of about `length` characters (never fewer than `lo` or more than length + 40):
    Thai (words run together, a space between phrases), Latin, or the two mixed."""
    script = script or rng.choices(["thai", "latin", "mixed"], [6, 1.5, 2.5])[0]
    out, size, last = [], 0, ""
    phrase = rng.randint(2, 10)
    while size < max(length, lo):
        latin = script == "latin" or (script == "mixed" and rng.random() < 0.3)
        word = latin_word(rng) if latin else thai_word(rng)
        if word == last:   # a word written twice in a row is a slip the checker warns about
            continue
        # Latin words take spaces; Thai words run together up to the end of a phrase.
        sep = "" if not out else " " if latin or out[-1][-1:].isascii() else ""
        phrase -= 1
        if phrase <= 0:
            sep, phrase = (" " if out else ""), rng.randint(2, 10)
            if out and rng.random() < 0.15:
                sep = rng.choice([", ", ", ", " (", " (", " 1,250 ", " 2569 ", " - ", " / ", " & ", ": "])
                if sep == " (":
                    word += ")"
        out.append(sep + word)
        size += len(sep) + len(word)
        last = word
    return "".join(out)


def thai_name(rng, longest):
    """Thai words run together, as long as fits in `longest` characters (one word at least)."""
    name = thai_word(rng)
    while True:
        word = thai_word(rng)
        if len(name) + len(word) > longest:
            return name
        name += word


def person(rng, longest):
    """A title, a given name and a family name, at most `longest` characters."""
    title = rng.choice(PREFIXES)
    given = thai_name(rng, rng.randint(4, max(4, (longest - len(title)) // 2)))
    return title + given + " " + thai_name(rng, max(4, longest - len(title) - len(given) - 1))
