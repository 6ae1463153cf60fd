#pragma once

#include "Labels.h"
#include "OcrEngine.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QRect>

// Readings printed as ruby: small kana set just above a name in the same cell, rather than
// in a フリガナ row or column of their own.
namespace mdg::ocr {

// Takes the ruby words out of the page pass's lines (so that they break no row, column or
// block of the layout) and returns them. A word is ruby when it is kana, clearly smaller
// than the page's text, and stands just above a larger word with a kanji in it.
QList<OcrEngine::Word> takeRuby(QList<OcrEngine::Line>& lines);

// The ruby over a name's box, left to right (family part, then given part), joined with a
// space; its box is the union of the words taken. Empty when there is none.
OcrEngine::Word rubyOver(const QList<OcrEngine::Word>& ruby, const QRect& name);

// Readings set as ruby over the names: a member's name without a reading has it looked for
// above it, as the ruby words over the name's own band of ink, else as that band's ink
// above it (to be read again). Ruby too small for the page pass to read comes back as
// specks, so a page with no reading of its own (`readingsLabelled` false) looks above every
// name.
void placeRubyReadings(QMap<int, QHash<Label, OcrEngine::Word>>& members, const QList<OcrEngine::Word>& ruby,
    const QImage& rulesRemoved, bool readingsLabelled);

} // namespace mdg::ocr
