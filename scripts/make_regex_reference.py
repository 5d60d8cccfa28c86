"""Writes Tests/RapportCoreTests/Text/Regex/RegexReference.swift: match spans by Python's `re` for LinearRegex.

Run from the repository root with `python3 scripts/make_regex_reference.py` (Python 3.11). The expected values
come from Python's own engine, not from rapport's: for every pattern and text the spans (code point offsets, which
are Unicode scalar offsets) of the whole match and of every group, for `re.search` (LinearRegex.firstMatch) and
`re.fullmatch` (LinearRegex.wholeMatch); a group that took no part is (-1, -1), no match is null.

Where rapport's documented syntax differs from Python's, the pattern is translated before Python sees it:
- `$` means the end of the text in rapport; Python's `$` also matches before a final line break, so an unescaped
  `$` outside a class becomes `\\Z`;
- `\\B` matches the empty text in rapport, as in RE2 (there is no word character on either side); Python 3.11
  never lets it match there, so `\\B` becomes `(?:\\B|\\A\\Z)`;
- `\\d \\w \\s \\b` have their ASCII meaning in rapport, so Python runs with re.ASCII; only the cases marked
  unicode (which use no shorthand on non-ASCII text) run without it, to check `(?i)` on letters like ä and É.

The cases are hand-picked ones (each says what it checks) and random patterns of the supported subset (seeded,
so the file is the same on every run) against random short texts.
"""
import json
import random
import re

# (pattern, texts, unicode): hand-picked cases.
HAND = [
    # Leftmost-first: the earlier branch wins for search, fullmatch takes the branch that reaches the end.
    (r"a|ab", ["ab", "xab", "b"], False),
    (r"ab|a", ["ab", "a"], False),
    (r"(a|ab)(c|bcd)(d*)", ["abcd", "abcdd"], False),
    # Greedy and lazy.
    (r"a+", ["baaa"], False),
    (r"a+?", ["baaa"], False),
    (r"a*?b", ["aaab"], False),
    (r"(a+)(a*)", ["aaaa"], False),
    (r"(a*?)(a*)", ["aaaa"], False),
    (r"<.+>", ["<a><b>"], False),
    (r"<.+?>", ["<a><b>"], False),
    (r"(a??)(a*)", ["aa"], False),
    (r"x*", ["", "xx", "yxx"], False),
    # Groups inside loops keep their last iteration; unused groups stay unset.
    (r"(a|b)*", ["abab", ""], False),
    (r"(?:(a)|b)*", ["ab", "ba"], False),
    (r"(a)|b", ["b", "a"], False),
    (r"((a)|(b))+", ["ab", "ba"], False),
    (r"(a*)*", ["b", "aa"], False),
    (r"(a*)+", ["b", "aa"], False),
    (r"(a|)*", ["b", "aa"], False),
    (r"(|a)+", ["aa"], False),
    (r"(a?)*?b", ["aab"], False),
    (r"(a*)*b", ["aab"], False),
    (r"((a)|b)*?c", ["abac"], False),
    # Counted repetition, and `{` that starts no count.
    (r"a{2,3}", ["aaaa", "a"], False),
    (r"a{2,3}?", ["aaaa"], False),
    (r"(ab){2}", ["ababab"], False),
    (r"x{,2}y", ["xxxy", "y"], False),
    (r"a{2,}", ["aaaaa", "a"], False),
    (r"a{0}b", ["ab"], False),
    (r"(a){0}b", ["ab"], False),
    (r"a{}", ["a{}"], False),
    (r"a{x", ["a{x"], False),
    (r"a{1,x}", ["a{1,x}"], False),
    (r"{", ["{"], False),
    (r"a{,}", ["aaa"], False),
    (r"(a{2}){2}", ["aaaaa"], False),
    (r"(?:a{1,2}){2}", ["aaa"], False),
    # Anchors are the whole text; `$` does not match before a final line break.
    (r"^a", ["ab", "ba"], False),
    (r"a$", ["ba", "ab"], False),
    (r"c$", ["abc\n", "abc"], False),
    (r"^$", ["", "x"], False),
    (r"$", ["ab"], False),
    (r"^", ["x"], False),
    (r"^b|c", ["abc"], False),
    (r"a^b", ["ab"], False),
    # Word boundaries with ASCII word characters.
    (r"\bfoo\b", ["a foo b", "foobar", "_foo", "foo"], False),
    (r"\Boo\B", ["foob", "oo"], False),
    (r"\b", ["", " ", "ab"], False),
    (r"\B", ["", "ab", " "], False),
    (r"\w+\b", ["ab cd"], False),
    # Classes.
    (r"[äöü]+", ["Grüße aus Köln"], False),
    (r"[^a-z]+", ["abcDEF1ghi"], False),
    (r"[]a]+", ["x]a]"], False),
    (r"[^]a]+", ["]ab]"], False),
    (r"[a-]+", ["x-a-"], False),
    (r"[-a]+", ["x-a-"], False),
    (r"[\d.]+", ["v1.25 beta"], False),
    (r"[\D]+", ["12ab34"], False),
    (r"[\w-]+", ["hello-world foo"], False),
    (r"[\s\S]+", ["a\nb"], False),
    (r"[^\s]+", ["  ab c"], False),
    (r"[a-cx-z]+", ["dabxyzw"], False),
    (r"[.]", ["a.b"], False),
    (r"[\]\\-]+", ["a]\\-b"], False),
    (r"[*+?{}()|^$]+", ["a*+?{}()|^$b"], False),
    # Shorthands outside classes.
    (r"\d+", ["ab 123 4"], False),
    (r"\D+", ["12ab34"], False),
    (r"\w+", ["  hello_world1 !"], False),
    (r"\W+", ["ab, cd"], False),
    (r"\s+", ["a \t\n\r\f\vb"], False),
    (r"\S+", ["  ab  "], False),
    # Escapes.
    (r"a\.b", ["a.b", "axb"], False),
    (r"\\", ["a\\b"], False),
    (r"\/\-\(\)\[\]\{\}\*\+\?\|\^\$", ["/-()[]{}*+?|^$"], False),
    (r"\t\n\r\f\v", ["x\t\n\r\f\vy"], False),
    (r"\x41\u00e4", ["zAä"], False),
    (r"\é", ["é"], False),
    # Dot: one scalar, not a line feed unless (?s).
    (r".", ["\n", "😀", "e\u0301"], False),
    (r"a.b", ["a😀b", "a\nb"], False),
    (r"(?s)a.b", ["a\nb"], False),
    (r"..", ["e\u0301"], False),
    # Case-insensitive matching.
    (r"(?i)abc", ["xAbC", "ABD"], False),
    (r"(?i)[a-c]+", ["xAbCd"], False),
    (r"(?i)[^a]", ["A", "b"], False),
    (r"(?i)[^a-z]+", ["ABC123"], False),
    (r"(?i)\x41", ["a"], False),
    (r"(?i)ä", ["Ä", "ä", "a"], True),
    (r"(?i)straße", ["STRAßE", "Straße"], True),
    (r"(?i)é+", ["ÉéÉ"], True),
    (r"(?i)[äöü]+", ["GRÜßE"], True),
    (r"(?is)a.b", ["A\nB"], False),
    (r"(?s)(?i)a.b", ["A\nB"], False),
    # The empty pattern and empty texts.
    (r"", ["", "abc"], False),
    (r"()", ["x"], False),
    (r"(?:)", ["x"], False),
    (r"a|", ["b"], False),
    (r"|a", ["a"], False),
    # Patterns a consultant might write.
    (r"(\d+)[.,](\d+)", ["Preis 12,50 EUR", "3.3k"], False),
    (r"(\d+(?:[.,]\d+)?)\s*(k|Mio\.?)", ["1,2 Mio. Views", "3.3k"], False),
    (r"#(\w+)", ["Neu: #summer #sale"], False),
    (r"@([A-Za-z0-9_]+)", ["thanks @brand_x!"], False),
    (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", ["am 3.11.2024 um", "12.1.99"], False),
    (r"^(https?)://([^/\s]+)(/\S*)?$", ["https://example.org/a?b=1", "ftp://x"], False),
    (r"(?i)^(ja|yes|true|1)$", ["Yes", "JA", "no"], False),
    (r"(\w+)@(\w+)\.com", ["mail bob@example.com now"], False),
    # Classic catastrophic-backtracking shapes on small texts (the 100 kB versions are in the linear-time test).
    (r"(a+)+$", ["aaaa!", "aaaa"], False),
    (r"(a|aa)*b", ["aaaac", "aaab"], False),
    (r"(x+x+)+y", ["xxxxx", "xxxy"], False),
    (r"(.*a){3}", ["aaxa", "abab"], False),
]

SEARCH_ALPHABET = "aabbc ä1_-.\n"
CASED_ALPHABET = "aAbBcC 1_-."
ATOMS = ["a", "b", "c", "ä", ".", "[ab]", "[^a]", "[a-c]", "[äb]", r"\d", r"\w", r"\s", r"\W", r"\.", "-", " ",
         # Groups that can match the empty text, whose repetitions follow Python's rule for empty iterations.
         "(?:a?)", "(|a)", "()", "(a?b?)", "(?:(a)|b|())"]
ASSERTIONS = ["^", "$", r"\b", r"\B"]
QUANTIFIERS = ["*", "+", "?", "{2}", "{1,2}", "{0,}", "{,2}", "{2,}", "{0,1}"]


def random_pattern(rng, depth=0):
    """A random pattern of the supported subset."""
    branches = [random_concatenation(rng, depth) for _ in range(2 if rng.random() < 0.25 else 1)]
    return "|".join(branches)


def random_concatenation(rng, depth):
    """One to three pieces, each an atom with an optional quantifier."""
    pieces = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.1:
            pieces.append(rng.choice(ASSERTIONS))
            continue
        if roll < 0.35 and depth < 3:
            inner = random_pattern(rng, depth + 1)
            atom = ("(" if rng.random() < 0.6 else "(?:") + inner + ")"
        else:
            atom = rng.choice(ATOMS)
        if rng.random() < 0.45:
            atom += rng.choice(QUANTIFIERS) + ("?" if rng.random() < 0.3 else "")
        pieces.append(atom)
    return "".join(pieces)


def random_text(rng, alphabet):
    """A short random text over the alphabet."""
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))


def python_pattern(pattern):
    """The pattern as Python reads rapport's syntax: an unescaped `$` outside a class becomes `\\Z`, `\\B`
    becomes `(?:\\B|\\A\\Z)`."""
    result, index, in_class = [], 0, False
    while index < len(pattern):
        character = pattern[index]
        if character == "\\" and index + 1 < len(pattern):
            escape = pattern[index:index + 2]
            result.append(r"(?:\B|\A\Z)" if escape == r"\B" and not in_class else escape)
            index += 2
            continue
        if in_class:
            if character == "]" and not class_just_opened(pattern, index):
                in_class = False
        elif character == "[":
            in_class = True
        elif character == "$":
            character = r"\Z"
        result.append(character)
        index += 1
    return "".join(result)


def class_just_opened(pattern, index):
    """Whether the `]` at index is the first member of its class (and so a literal)."""
    before = pattern[:index]
    return before.endswith("[") or before.endswith("[^")


def spans(match, groups):
    """The spans of the whole match and every group, or None without a match."""
    if match is None:
        return None
    return [list(match.span(group)) for group in range(groups + 1)]


def case(pattern, text, unicode):
    """One reference case."""
    compiled = re.compile(python_pattern(pattern), 0 if unicode else re.ASCII)
    return {"pattern": pattern, "text": text,
            "search": spans(compiled.search(text), compiled.groups),
            "whole": spans(compiled.fullmatch(text), compiled.groups)}


cases = [case(pattern, text, unicode) for pattern, texts, unicode in HAND for text in texts]
rng = random.Random(16)
random_count = 0
while random_count < 400:
    pattern = random_pattern(rng)
    if rng.random() < 0.1:
        pattern = "(?s)" + pattern
    cased = rng.random() < 0.1
    if cased:
        pattern = "(?i)" + pattern
    alphabet = CASED_ALPHABET if cased else SEARCH_ALPHABET
    texts = [random_text(rng, alphabet) for _ in range(5)]
    cases.extend(case(pattern, text, False) for text in texts)
    random_count += 1

document = json.dumps({"cases": cases}, ensure_ascii=True, separators=(",", ":"))
# One case per line keeps diffs readable.
document = document.replace("},{", "},\n{")
with open("Tests/RapportCoreTests/Text/Regex/RegexReference.swift", "w") as out:
    out.write("// Generated by scripts/make_regex_reference.py from Python's re; do not edit.\n\n")
    out.write("/// Match spans by Python's `re` for patterns and texts, as JSON: see the script for the cases.\n")
    out.write("let regexReferenceJSON = ##\"\"\"\n")
    out.write(document)
    out.write("\n\"\"\"##\n")
print(f"{len(cases)} cases")
