#pragma once

#include <QImage>
#include <QRect>
#include <QString>

// The digits of a value told again by their shapes. Tesseract's model reads some digit
// faces wrongly on photos (a slashed 0 read 9, 5 read 3) and 二 as 三 where grain adds a
// stroke; each such glyph, found between the gaps of the value's print, is compared with the
// same characters drawn in the system's fonts.
namespace mdg::ocr {

// `text` as read inside `box` of an 8-bit grey page, each digit (and 二, 三) replaced by the one its
// glyph surely is (close to a drawing of it, twice GlyphMatcher::SureMargin closer than to
// any other digit; never a 1, whose bar any cut stroke resembles). Unchanged when the print
// cannot be cut into one glyph per digit, at one pitch, and one to three per other character.
QString digitsByShape(const QImage& gray, const QRect& box, const QString& text);

// Whether the print inside `box` holds one digit more than `text` (11月 read 1月: two narrow
// glyphs where one digit was read): it cannot be cut into glyphs as read, and can with one
// more digit beside a lone one.
bool digitLost(const QImage& gray, const QRect& box, const QString& text);

} // namespace mdg::ocr
