#!/usr/bin/env python3
"""Writes resources/sounds/call-chime.wav: the calling display's two-tone chime (a
falling major third, E5 then C5, each with a soft attack and a bell-like decay), 16-bit
mono at 22,050 Hz. Made here from first principles, so it carries no third-party licence.
Run from the repository root: python3 tools/make_chime.py"""
import math
import struct
import wave

RATE = 22050


def tone(freq, seconds, volume=0.45):
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-3.2 * t)
        # The fundamental with a little of the octave, as a struck bar sounds.
        sample = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        out.append(volume * envelope * sample / 1.25)
    return out


samples = tone(659.25, 0.55) + tone(523.25, 0.9)
with wave.open("resources/sounds/call-chime.wav", "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))
