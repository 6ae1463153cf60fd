#!/usr/bin/env python3
"""Writes installer/icons/madoguchi.svg and the hicolor PNG sizes: a service window (窓口)
in white on the blue the calling display uses: two panes over a counter. Drawn here from
rectangles, so it carries no third-party licence and needs nothing but Python.
Run from the repository root: python3 tools/make_icons.py"""
import struct
import zlib

BLUE = (0x1F, 0x5F, 0xA8)
WHITE = (0xFF, 0xFF, 0xFF)
# (x0, y0, x1, y1, radius, colour) in units of the icon's side, painted in order.
SHAPES = [
    (0.04, 0.04, 0.96, 0.96, 0.18, BLUE),  # background
    (0.18, 0.16, 0.82, 0.66, 0.08, WHITE),  # window frame
    (0.25, 0.23, 0.475, 0.59, 0.02, BLUE),  # left pane
    (0.525, 0.23, 0.75, 0.59, 0.02, BLUE),  # right pane
    (0.10, 0.71, 0.90, 0.81, 0.03, WHITE),  # counter
]
SIZES = [16, 24, 32, 48, 64, 128, 256]


def inside(x, y, shape):
    x0, y0, x1, y1, r, _ = shape
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    colour = None
                    for s in SHAPES:
                        if inside(x, y, s):
                            colour = s[5]
                    if colour:
                        acc[0] += colour[0]
                        acc[1] += colour[1]
                        acc[2] += colour[2]
                        acc[3] += 255
            n = samples * samples
            alpha = acc[3] / n
            if alpha:
                # Colour un-premultiplied, so edges blend with any background.
                row += bytes([round(acc[0] * 255 / acc[3]), round(acc[1] * 255 / acc[3]),
                              round(acc[2] * 255 / acc[3]), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def svg():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">']
    for x0, y0, x1, y1, r, c in SHAPES:
        parts.append('<rect x="%g" y="%g" width="%g" height="%g" rx="%g" fill="#%02x%02x%02x"/>'
                     % (x0 * 256, y0 * 256, (x1 - x0) * 256, (y1 - y0) * 256, r * 256, *c))
    parts.append("</svg>\n")
    return "\n".join(parts)


with open("installer/icons/madoguchi.svg", "w") as f:
    f.write(svg())
for s in SIZES:
    with open("installer/icons/madoguchi-%d.png" % s, "wb") as f:
        f.write(render(s))
