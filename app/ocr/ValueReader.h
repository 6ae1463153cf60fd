#pragma once

#include "Labels.h"
#include "OcrEngine.h"

#include <QImage>
#include <QList>
#include <QString>

namespace mdg::ocr {

// A value where the page pass found it: its text, box and confidence.
using Value = OcrEngine::Word;

// Reads a value again on its own (enlarged, as a line and as a raw line, limited to the
// characters its field may hold) and settles on the reading that satisfies the field's
// rule: an era date, 男/女, a relationship, 11 digits, katakana, a name, an address with a
// real town. A value put right by a table (a town one character off) gets a confidence
// below the threshold, so the clerk checks it.
class ValueReader
{
public:
    struct Reading
    {
        QString value; // under the rule: an ISO date, "male", 11 digits…; empty when none satisfied it
        Value reading; // the reading it came from, its box narrowed to the ink
        double confidence = 0;
        // A reading's other values under the rule, surest first (a kana reading: the name
        // may say which is right).
        QList<Value> rivals;
    };

    ValueReader(OcrEngine& engine, const QImage& page, int dpi, double flaggedConfidence);
    // `key` names the field in debug output only; a value is not read past `rightLimit`
    // (the next column) when one is given.
    Reading read(Label label, Value pagePass, const QString& key, int rightLimit = -1) const;

private:
    QList<Value> reread(Label l, const Value& v) const;
    QString underRule(Label l, const Value& v, double* factor) const;
    // `unsure`: a character with a registered form (高, 髙) whose glyph told neither apart.
    QString withShapesChecked(const QString& name, const QRect& box, bool* unsure = nullptr) const;
    QString townByGlyph(const QString& address, const QRect& box) const;

    OcrEngine& m_engine;
    const QImage& m_page;
    int m_dpi;
    double m_flaggedConfidence;
};

} // namespace mdg::ocr
