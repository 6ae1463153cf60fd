#!/usr/bin/env bash
# The web service's reference encoder (tools/preentry_v2.py) and the counter agree both ways:
# its codes verify at the counter with the same JSON, the counter's codes verify in it, and a
# code altered on the way is refused by the counter.
# reference_encoder.sh MADOGUCHI_CLI PYTHON3 REPOSITORY
set -euo pipefail
cli=$1 py=$2 repo=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
preentry=$repo/tests/data/preentry/family-of-four.json
same_json() { "$py" -c 'import json,sys; a,b=(json.load(open(f)) for f in sys.argv[1:]); sys.exit(a!=b)' "$1" "$2"; }

"$cli" qr keygen --out "$tmp/web.pem" --kid web >/dev/null
text=$("$py" "$repo/tools/preentry_v2.py" encode --preentry "$preentry" --key "$tmp/web.pem")
case $text in MDG2:*) ;; *) echo "the reference encoder wrote no MDG2 code: $text"; exit 1 ;; esac
"$cli" qr verify --text "$text" --pub "$tmp/web.pem.pub" >"$tmp/counter.json"
"$py" "$repo/tools/preentry_v2.py" verify --text "$text" --pub "$tmp/web.pem.pub" >"$tmp/reference.json"
same_json "$tmp/counter.json" "$tmp/reference.json" || { echo "the counter read another pre-entry"; diff "$tmp/counter.json" "$tmp/reference.json"; exit 1; }
echo "reference → counter: verified, same JSON"

"$cli" qr encode --preentry "$preentry" --key "$tmp/web.pem" --out "$tmp/ours.png" >"$tmp/encoded.json"
ours=$("$cli" qr decode --json "$tmp/ours.png" | "$py" -c 'import json,sys; print(json.load(sys.stdin)["text"])')
"$py" "$repo/tools/preentry_v2.py" verify --text "$ours" --pub "$tmp/web.pem.pub" >"$tmp/reference2.json"
"$cli" qr verify --text "$ours" --pub "$tmp/web.pem.pub" >"$tmp/counter2.json"
same_json "$tmp/counter2.json" "$tmp/reference2.json" || { echo "the reference read another pre-entry"; exit 1; }
echo "counter → reference: verified, same JSON"

# One character changed in the middle of the reference's code: refused, nothing printed.
mid=$(( ${#text} / 2 ))
c=${text:$mid:1}; [ "$c" = "A" ] && r=B || r=A
altered="${text:0:$mid}$r${text:$((mid + 1))}"
if "$cli" qr verify --text "$altered" --pub "$tmp/web.pem.pub" >"$tmp/altered.json" 2>"$tmp/altered.err"; then
  echo "an altered code was accepted"; exit 1
fi
[ ! -s "$tmp/altered.json" ] || { echo "an altered code printed a pre-entry"; exit 1; }
why=$(grep -m1 "^rejected:" "$tmp/altered.err") || { echo "an altered code was refused without saying why"; exit 1; }
echo "altered code refused: $why"
