#include "VariantTable.h"

#include <QFile>
#include <QStringList>

namespace mdg {

const VariantTable& VariantTable::instance()
{
    static const VariantTable table = [] {
        VariantTable t;
        for (const char* path : {":/crosscheck/variants-jinmeiyo.tsv", ":/crosscheck/variants-curated.tsv"}) {
            QFile f(QString::fromLatin1(path));
            if (f.open(QIODevice::ReadOnly))
                t.addPairs(QString::fromUtf8(f.readAll()));
        }
        return t;
    }();
    return table;
}

void VariantTable::addPairs(const QString& tsv)
{
    for (const QString& line : tsv.split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 2)
            continue;
        const auto variant = cols[0].trimmed().toUcs4();
        const auto standard = cols[1].trimmed().toUcs4();
        if (variant.size() == 1 && standard.size() == 1 && variant[0] != standard[0])
            m_standard.insert(variant[0], standard[0]);
    }
}

char32_t VariantTable::standardOf(char32_t c) const
{
    // Follow chains (a→b→c) to the end; a cycle stops after a few steps.
    for (int hops = 0; hops < 4; ++hops) {
        const auto it = m_standard.constFind(c);
        if (it == m_standard.cend())
            break;
        c = *it;
    }
    return c;
}

QString VariantTable::fold(QStringView s) const
{
    QList<char32_t> out;
    for (char32_t c : s.toString().toUcs4()) {
        if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
            continue;
        if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) {
            const auto unified = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_C).toUcs4();
            if (unified.size() == 1)
                c = unified[0];
        }
        out << standardOf(c);
    }
    return QString::fromUcs4(out.constData(), out.size());
}

} // namespace mdg
