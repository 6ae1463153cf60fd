#pragma once

#include <QImage>
#include <QRect>
#include <QString>

// The digits of a value told again by their shapes. Tesseract's model reads some digit
// faces wrongly on photos (a slashed 0 read 9, 5 read 3); each digit's glyph, found between
// the gaps of the value's print, is compared with the digits drawn in the system's fonts.
namespace mdg::ocr {

// `text` as read inside `box` of an 8-bit grey page, each digit replaced by the digit its
// glyph surely is (close to a drawing of it, twice GlyphMatcher::SureMargin closer than to
// any other digit; never a 1, whose bar any cut stroke resembles). Unchanged when the print
// cannot be cut into one glyph per digit, at one pitch, and one to three per other character.
QString digitsByShape(const QImage& gray, const QRect& box, const QString& text);

} // namespace mdg::ocr
