"""`foedus check` on the hand-annotated gold set: mention linking, date handling, verdicts, and speed.

Run: .venv/bin/python benchmarks/check.py [--runs 5] [--no-speed]

Prints, for each folder of FOLDERS (the gold set the checker was built on, and the sets annotated by helpers who
never saw the checker, each marked as studied once its misses were read to add rules), mention-linking precision and
recall (targets 0.95 and 0.85), dates read with their value and precision, durations kept apart from dates, and
verdict accuracy (target 0.9; a claim the checker misses counts as wrong). Then the speed of checking a 1,000-word
article: the first check in a new process (target <= 5 s; it loads the phrase matcher, dateparser and the store) and
the median of warm checks in one process (target <= 2 s). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foedus.check.evaluate import GoldScore
    from foedus.store import Store

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "check" / "gold"

#: Each folder scored, with what it is: only a set measured before anyone studied its misses is an honest estimate on
#: unseen text, and only at that first measurement (the figures are in the README).
FOLDERS = (
    (GOLD, "gold set"),
    (GOLD / "heldout", "held-out articles (studied since: no longer independent)"),
    (GOLD / "heldout2", "second held-out set, coded blind"),
    (GOLD / "heldout3", "third held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout4", "fourth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "dev5", "dev5, written before the checker saw it (studied since: no longer independent)"),
    (GOLD / "dev6", "dev6, written blind as development material, the Americas and the Pacific 1939-2025 (studied "
                    "since round 29)"),
    (GOLD / "dev7", "dev7, written blind as development material, Europe's powers and small states 1815-1945 (studied "
                    "since round 29)"),
    (GOLD / "dev8", "dev8, written blind as development material, the Middle East, North Africa and Central Asia "
                    "since 1945 (studied since round 29)"),
    (GOLD / "dev9", "dev9, written blind as development material, East Asia and the Pacific 1895-2025 (studied since "
                    "round 31)"),
    (GOLD / "dev10", "dev10, written blind as development material, the Balkans and Eastern Europe 1878-2025 (studied "
                     "since round 31)"),
    (GOLD / "dev11", "dev11, written blind as development material, Latin America 1815-2025 (studied since round 31)"),
    (GOLD / "dev12", "dev12, written blind as development material, the Americas 1820-2025 (checked by figures alone "
                     "in round 33; studied from round 34)"),
    (GOLD / "dev13", "dev13, written blind as development material, Africa and the Mediterranean 1900-2025 (checked by "
                     "figures alone in round 33; studied from round 34)"),
    (GOLD / "dev14", "dev14, written blind as development material, Europe and its neighbours 1815-1945 (unseen by "
                     "round 34; studied from round 35)"),
    (GOLD / "dev15", "dev15, written blind as development material, the multilateral alliances of 1945-2025 (unseen "
                     "by round 34; studied from round 35)"),
    (GOLD / "dev16", "dev16, written blind as development material, the Cold War outside Europe 1945-1991 (unseen by "
                     "round 35; studied from round 36)"),
    (GOLD / "dev17", "dev17, written blind as development material, the world since 1991 (unseen by round 35; studied "
                     "from round 36)"),
    (GOLD / "dev18", "dev18, written blind as development material, Africa, the Middle East and South Asia 1942-2022 "
                     "(unseen by round 36; studied from round 37)"),
    (GOLD / "heldout5", "fifth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout6", "sixth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout7", "seventh held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout8", "eighth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout9", "ninth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout10", "tenth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout11", "eleventh held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout12", "twelfth held-out set, coded blind (studied since: no longer independent)"),
    (GOLD / "heldout13", "thirteenth held-out set, coded blind, 1815-1945 (studied since: no longer independent)"),
    (GOLD / "heldout14", "fourteenth held-out set, coded blind, 1945-2025 (studied since: no longer independent)"),
    (GOLD / "heldout15", "fifteenth held-out set, coded blind, Africa, Asia, Oceania "
                         "(studied since: no longer independent)"),
    (GOLD / "heldout16", "sixteenth held-out set, coded blind, Europe, the Americas, the Middle East "
                         "(studied since: no longer independent)"),
    (GOLD / "heldout17", "seventeenth held-out set, coded blind, pairs with a great power "
                         "(studied since: no longer independent)"),
    (GOLD / "heldout18", "eighteenth held-out set, coded blind, pairs of smaller states "
                         "(studied since: no longer independent)"),
    (GOLD / "heldout19", "nineteenth held-out set, coded blind, 1815-1939 (studied since: no longer independent)"),
    (GOLD / "heldout20", "twentieth held-out set, coded blind, since 1945 (studied since: no longer independent)"),
    (GOLD / "heldout21", "twenty-first held-out set, coded blind, Europe and the Americas 1870-2020 (studied from "
                         "round 38)"),
    (GOLD / "heldout22", "twenty-second held-out set, coded blind, Asia, Africa, the Middle East, Oceania (studied "
                         "from round 38)"),
    (GOLD / "heldout23", "twenty-third held-out set, coded blind, Europe, the Americas, East Asia 1815-1960 (studied "
                         "from round 38)"),
    (GOLD / "heldout24", "twenty-fourth held-out set, coded blind, Africa, Asia, the post-Soviet space, Oceania "
                         "since 1945 (studied from round 38)"),
    (GOLD / "heldout25", "twenty-fifth held-out set, coded blind, the Middle East, North Africa, the Mediterranean, "
                         "Latin America 1815-2025 (studied from round 38)"),
    (GOLD / "heldout26", "twenty-sixth held-out set, coded blind, Europe, sub-Saharan Africa, South and Southeast "
                         "Asia 1815-2025 (studied from round 38)"),
    (GOLD / "heldout27", "twenty-seventh held-out set, coded blind, Europe 1815-1945, Latin America, East Asia "
                         "(studied from round 38)"),
    (GOLD / "heldout28", "twenty-eighth held-out set, coded blind, the Middle East, Africa, Central Asia, the "
                         "Caucasus, Oceania, the Caribbean since 1942 (studied from round 38)"),
    (GOLD / "heldout29", "twenty-ninth held-out set, coded blind, Europe 1918-2025, South and Southeast Asia, the "
                         "Americas since 1865 (studied from round 38)"),
    (GOLD / "heldout30", "thirtieth held-out set, coded blind, nineteenth-century Germany, the Middle East, North "
                         "and sub-Saharan Africa, Russia and the Balkans (studied from round 38)"),
    (GOLD / "heldout31", "thirty-first held-out set, coded blind, Central America and the Andes, the Caucasus and "
                         "Central Asia, East Asia 1907-2025 (studied from round 38)"),
    (GOLD / "heldout32", "thirty-second held-out set, coded blind, the Low Countries and the Baltic, Turkey, Iran "
                         "and Egypt, East Africa, Oceania 1937-2025 (studied from round 38)"),
    (GOLD / "heldout33", "thirty-third held-out set, coded blind, Scandinavia, Iberia and France, West Africa, the "
                         "Southern Cone 1834-2025 (studied from round 38)"),
    (GOLD / "heldout34", "thirty-fourth held-out set, coded blind, the Gulf and Yemen, the Caribbean and Mexico, "
                         "Czechoslovakia, Southeast Asia, southern Africa 1936-2025 (studied from round 38)"),
    (GOLD / "heldout35", "thirty-fifth held-out set, coded blind, South Asia, the Great Lakes and Central Africa "
                         "1949-2025 (not studied)"),
    (GOLD / "heldout36", "thirty-sixth held-out set, coded blind, the Italian states before 1861, the Low Countries "
                         "and Switzerland, Russia's post-Soviet allies 1815-2025 (not studied)"),
    (GOLD / "heldout37", "thirty-seventh held-out set, coded blind, sub-Saharan Africa and the Horn 1884-2025 (not "
                         "studied)"),
    (GOLD / "heldout38", "thirty-eighth held-out set, coded blind, Western and Southern Europe, Turkey and Cyprus, "
                         "with the United States and Canada 1815-2025 (not studied)"),
    (GOLD / "heldout39", "thirty-ninth held-out set, coded blind, the Middle East, the Gulf and Central Asia 1900-2025 "
                         "(not studied)"),
    (GOLD / "heldout40", "fortieth held-out set, coded blind, Northern, Central and Eastern Europe 1815-2025 (not "
                         "studied)"),
    (GOLD / "heldout41", "forty-first held-out set, coded blind, East and Southeast Asia and Oceania 1942-2025 (not "
                         "studied)"),
    (GOLD / "heldout42", "forty-second held-out set, coded blind, Latin America and the Caribbean with the United "
                         "States, Britain, France, Spain and Russia 1942-2025 (not studied)"),
    (GOLD / "heldout43", "forty-third held-out set, coded blind, Europe, Russia, Turkey and North America 1815-2025 "
                         "(not studied)"),
    (GOLD / "heldout44", "forty-fourth held-out set, coded blind, the Middle East, Africa and South Asia 1937-2025 "
                         "(not studied)"),
    (GOLD / "heldout45", "forty-fifth held-out set, coded blind, Latin America, the Caribbean and East and "
                         "Southeast Asia 1863-2025 (not studied)"),
    (GOLD / "heldout46", "forty-sixth held-out set, coded blind, Europe, the Middle East and Africa 1815-1956 (not "
                         "studied)"),
)


def score_folder(store: Store, folder: Path) -> GoldScore:
    from foedus.check import check_article
    from foedus.check.evaluate import GoldScore, load_gold, same_targets, score

    total = GoldScore()
    same = same_targets(store)
    for path in sorted(folder.glob("*.yaml")):
        gold = load_gold(path)
        result = check_article(store, path.parent / gold["article"], published=gold.get("published"))
        total = total + score(result, gold, same)
    return total


def report(name: str, t: GoldScore, count: int) -> None:
    print(f"{name} ({count} articles)")
    print(f"  mention linking   precision {t.precision:.3f} ({t.links_correct}/{t.links_predicted})   "
          f"recall {t.recall:.3f} ({t.links_found}/{t.links_expected})   targets 0.95 / 0.85")
    print(f"  dates             {t.dates_right}/{t.dates_expected} read with their value and precision; "
          f"durations kept apart {t.durations_right}/{t.durations_expected}")
    print(f"  verdicts          accuracy {t.verdict_accuracy:.3f} ({t.claims_right}/{t.claims_expected})   "
          f"target 0.9; claims found beyond the annotation: {t.extra_claims}")


def thousand_words() -> str:
    """Return a 1,000-word article made of the gold set's plain-text articles, cut at a paragraph."""
    paragraphs = []
    for path in sorted(GOLD.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if not p.startswith("Published")]
    text, words = [], 0
    for paragraph in paragraphs * 3:
        if words >= 1000:
            break
        text.append(paragraph)
        words += len(paragraph.split())
    return "Published: 2023-03-24\n\n" + "\n\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-speed", action="store_true", help="score the folders only, without timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "foedus.duckdb"
        env = {**os.environ, "FOEDUS_DB": str(db)}
        article = Path(folder) / "article.txt"
        article.write_text(thousand_words(), encoding="utf-8")
        words = len(article.read_text(encoding="utf-8").split())
        subprocess.run([sys.executable, "-m", "foedus", "ledger", "list"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # the store is prepared first: the shipped ledgers load once
        start = time.perf_counter()
        if not args.no_speed:
            subprocess.run([sys.executable, "-m", "foedus", "check", str(article)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        first = time.perf_counter() - start
        from foedus.check import check_article
        from foedus.store import open_store

        with open_store(db, read_only=True) as store:
            check_article(store, article)
            warm = []
            for _ in range(0 if args.no_speed else args.runs):
                start = time.perf_counter()
                result = check_article(store, article)
                warm.append(time.perf_counter() - start)
            scores = [(label, path, score_folder(store, path)) for path, label in FOLDERS]
    for label, path, score in scores:
        report(label, score, len(list(path.glob("*.yaml"))))
    (_, gold_folder, gold), (_, held_folder, held) = scores[:2]
    report("gold and first held-out articles", gold + held,
           len(list(gold_folder.glob("*.yaml"))) + len(list(held_folder.glob("*.yaml"))))
    if args.no_speed:
        return
    print(f"speed ({words}-word article, {len(result.claims)} claims)")
    print(f"  first check, new process (foedus check FILE)   {first:6.2f} s   target <= 5 s   ratio {first / 5:.2f}")
    print(f"  warm check, median of {args.runs}                  {statistics.median(warm):6.2f} s   target <= 2 s   "
          f"ratio {statistics.median(warm) / 2:.2f}")


if __name__ == "__main__":
    main()
