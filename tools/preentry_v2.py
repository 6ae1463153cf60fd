#!/usr/bin/env python3
"""Reference encoder (and verifier) of the version 2 pre-entry QR, CONTRACTS.md 1b, for the
web pre-entry service: what it must write so that a counter opens the case.

    preentry_v2.py encode --preentry P.json --key private.pem [--kid web] [--now SECONDS]
    preentry_v2.py verify --text 'MDG2:...' --pub public.pem

`encode` prints the QR text (render it at error correction M); `verify` prints the
pre-entry as the JSON of CONTRACTS.md section 1, the counter's `qr verify` output.
Dependencies are Debian's: python3-cbor2 and python3-cryptography; the data are this
repository's resources/intake/preentry-v2.dict and resources/crosscheck/municipalities.json.
"""
import argparse
import datetime
import json
import pathlib
import sys
import uuid
import zlib

import cbor2
from cryptography.hazmat.primitives import serialization

ROOT = pathlib.Path(__file__).resolve().parent.parent
DICTIONARY = (ROOT / "resources/intake/preentry-v2.dict").read_bytes()
PROCEDURES = ["moving_in", "moving_out", "intra_city_move", "certificate_request"]
CERTIFICATES = ["residence_record", "seal_registration", "residence_record_extract", "family_register_attachment"]
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def b45encode(data):
    out = []
    for i in range(0, len(data), 2):
        if i + 1 < len(data):
            n = data[i] * 256 + data[i + 1]
            out += [B45[n % 45], B45[n // 45 % 45], B45[n // 2025]]
        else:
            out += [B45[data[i] % 45], B45[data[i] // 45]]
    return "".join(out)


def b45decode(text):
    out = bytearray()
    for i in range(0, len(text), 3):
        chunk = [B45.index(c) for c in text[i:i + 3]]
        n = sum(v * 45 ** k for k, v in enumerate(chunk))
        out += n.to_bytes(2 if len(chunk) == 3 else 1, "big")
    return bytes(out)


class Municipalities:
    """Prefecture, municipality and ward at the start of an address, as the counter reads them."""

    def __init__(self):
        self.prefectures, self.cities = [], []
        for pref in json.loads((ROOT / "resources/crosscheck/municipalities.json").read_text(encoding="utf-8")):
            self.prefectures.append((pref["code"], pref["name"]))
            for city in pref.get("municipalities", []):
                wards = [(w["code"], w["name"]) for w in city.get("wards", [])]
                self.cities.append((city["code"], city["name"], pref["code"], pref["name"], wards))

    def split(self, address):
        """[code, rest] when the address starts with exactly one municipality, else [0, address]."""
        rest, pref_code = address, None
        for code, name in self.prefectures:
            if rest.startswith(name):
                rest, pref_code = rest[len(name):], code
                break
        found = [c for c in self.cities if (pref_code is None or c[2] == pref_code) and rest.startswith(c[1])]
        if found:
            longest = max(len(c[1]) for c in found)
            found = [c for c in found if len(c[1]) == longest]
        if len(found) != 1:
            return [0, address]
        code, name, _, _, wards = found[0]
        rest = rest[len(name):]
        for ward_code, ward_name in wards:
            if rest.startswith(ward_name):
                return [int(ward_code), rest[len(ward_name):]]
        return [int(code), rest]

    def name_of(self, code):
        code = f"{code:06d}"
        for city_code, name, _, pref_name, wards in self.cities:
            if city_code == code:
                return pref_name + name
            for ward_code, ward_name in wards:
                if ward_code == code:
                    return pref_name + name + ward_name
        raise ValueError(f"unknown municipality code {code}")


def ymd(iso):
    return int(iso.replace("-", "")) if iso else None


def iso(n):
    return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n else ""


def compact(p, places):
    """The version 2 payload map of a pre-entry given as the JSON of CONTRACTS.md section 1."""
    m = {1: 2, 2: uuid.UUID(p["id"]).bytes, 3: p.get("ref", ""), 4: int(p["iat"]), 5: int(p["exp"]),
         6: PROCEDURES.index(p["procedure"]) + 1}
    if p.get("detail_in_inbox"):
        m[12] = True
        return m
    a = p.get("applicant", {})
    m[7] = {1: a.get("name", ""), 2: a.get("name_kana", "")}
    if a.get("birth_date"):
        m[7][3] = ymd(a["birth_date"])
    if a.get("phone"):
        m[7][4] = a["phone"]
    mv, members = p.get("move", {}), p.get("members", [])
    m[8] = {}
    if mv.get("date"):
        m[8][1] = ymd(mv["date"])
    for key, field in ((2, "previous_address"), (3, "new_address"), (4, "destination_address")):
        if mv.get(field):
            m[8][key] = places.split(mv[field])
    names = [x["name"] for x in members]
    head = mv.get("household_head", "")
    if head in names:
        m[8][5] = names.index(head)
    elif head:
        m[8][5] = head
    m[9] = []
    for x in members:
        j = {1: x["name"], 2: x.get("name_kana", ""), 3: ymd(x["birth_date"]), 4: 1 if x["sex"] == "male" else 2,
             5: x.get("relationship", "")}
        if x.get("nationality"):
            j[6] = x["nationality"]
        code = x.get("resident_code", "")
        if code:
            j[7] = int(code) if len(code) == 11 and code.isdigit() else code
        m[9].append(j)
    certificates = [[CERTIFICATES.index(c["type"]) + 1 if c["type"] in CERTIFICATES else c["type"], c.get("copies", 1)]
                    for c in p.get("certificates", [])]
    if certificates:
        m[10] = certificates
    if p.get("answers"):
        m[11] = p["answers"]
    return m


def expanded(m, places):
    """The JSON of CONTRACTS.md section 1 of a version 2 payload map."""
    p = {"v": 1, "id": str(uuid.UUID(bytes=m[2])), "ref": m.get(3, ""), "iat": m[4], "exp": m[5],
         "procedure": PROCEDURES[m[6] - 1]}
    if m.get(12):
        p["detail_in_inbox"] = True
        return p
    a = m.get(7, {})
    p["applicant"] = {"name": a.get(1, ""), "name_kana": a.get(2, ""), "birth_date": iso(a.get(3))}
    if a.get(4):
        p["applicant"]["phone"] = a[4]
    members = [{"name": x[1], "name_kana": x.get(2, ""), "birth_date": iso(x[3]),
                "sex": "male" if x[4] == 1 else "female", "relationship": x.get(5, "")} for x in m.get(9, [])]
    for x, j in zip(members, m.get(9, [])):
        if j.get(6):
            x["nationality"] = j[6]
        if 7 in j:
            x["resident_code"] = f"{j[7]:011d}" if isinstance(j[7], int) else j[7]
    mv = m.get(8, {})
    head = mv.get(5, "")
    p["move"] = {"date": iso(mv.get(1)),
                 "household_head": members[head]["name"] if isinstance(head, int) else head}
    for key, field in ((2, "previous_address"), (3, "new_address"), (4, "destination_address")):
        if key in mv:
            code, rest = mv[key]
            p["move"][field] = rest if code == 0 else places.name_of(code) + rest
    p["members"] = members
    p["certificates"] = [{"type": CERTIFICATES[t - 1] if isinstance(t, int) else t, "copies": n}
                         for t, n in m.get(10, [])]
    p["answers"] = m.get(11, {})
    return p


def sig_structure(protected, payload):
    return cbor2.dumps(["Signature1", protected, b"", payload])


def encode(preentry, private_key, kid):
    payload = cbor2.dumps(compact(preentry, Municipalities()))
    protected = cbor2.dumps({1: -8, 4: kid})
    signature = private_key.sign(sig_structure(protected, payload))
    cose = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, payload, signature]))
    z = zlib.compressobj(level=9, wbits=15, memLevel=9, zdict=DICTIONARY)
    return "MDG2:" + b45encode(z.compress(cose) + z.flush())


def verify(text, public_key):
    if not text.startswith("MDG2:"):
        raise ValueError("not a version 2 code")
    cose = zlib.decompressobj(wbits=15, zdict=DICTIONARY).decompress(b45decode(text[5:]))
    protected, _, payload, signature = cbor2.loads(cose).value
    public_key.verify(signature, sig_structure(protected, payload))  # raises when it does not match
    return expanded(cbor2.loads(payload), Municipalities())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["encode", "verify"])
    ap.add_argument("--preentry")
    ap.add_argument("--key")
    ap.add_argument("--kid")
    ap.add_argument("--now", type=int)
    ap.add_argument("--text")
    ap.add_argument("--pub")
    args = ap.parse_args()
    if args.action == "encode":
        p = json.loads(pathlib.Path(args.preentry).read_text(encoding="utf-8"))
        now = args.now or int(datetime.datetime.now(datetime.timezone.utc).timestamp())
        p.setdefault("iat", now)
        p.setdefault("exp", now + 30 * 86400)
        key = serialization.load_pem_private_key(pathlib.Path(args.key).read_bytes(), password=None)
        kid = (args.kid or pathlib.Path(args.key).stem).encode()
        print(encode(p, key, kid))
    else:
        key = serialization.load_pem_public_key(pathlib.Path(args.pub).read_bytes())
        print(json.dumps(verify(args.text, key), ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
