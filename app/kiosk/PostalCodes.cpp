#include "PostalCodes.h"

#include "crosscheck/Municipalities.h"
#include "domain/Identifiers.h"

#include <QFile>

#include <algorithm>

namespace mdg::kiosk {

const PostalCodes& PostalCodes::builtIn()
{
    static const PostalCodes table = [] {
        QFile f(QStringLiteral(":/kiosk/postal-codes.tsv"));
        return PostalCodes(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    return table;
}

PostalCodes::PostalCodes(QByteArray tsv)
    : m_tsv(std::move(tsv))
{
    // 117,000 lines: kept as read and searched by halves rather than parsed into a hash.
    for (qsizetype at = 0; at < m_tsv.size();) {
        const qsizetype end = m_tsv.indexOf('\n', at);
        if (m_tsv[at] != '#')
            m_lines << at;
        at = end < 0 ? m_tsv.size() : end + 1;
    }
}

QString PostalCodes::normalise(QStringView postalCode)
{
    QString digits;
    for (const QChar c : postalCode) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            digits += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c != u'-' && c != u'ー' && c != u'－' && c != u' ' && c != u'〒')
            return {};
    }
    return digits.size() == 7 ? digits : QString();
}

QList<PostalPlace> PostalCodes::lookup(QStringView postalCode) const
{
    const QByteArray code = normalise(postalCode).toLatin1();
    if (code.isEmpty())
        return {};
    const auto first = std::lower_bound(m_lines.cbegin(), m_lines.cend(), code,
        [&](qsizetype at, const QByteArray& key) { return m_tsv.mid(at, 7) < key; });
    QList<PostalPlace> places;
    for (auto it = first; it != m_lines.cend() && m_tsv.mid(*it, 7) == code; ++it) {
        const qsizetype end = m_tsv.indexOf('\n', *it);
        const QStringList fields = QString::fromUtf8(m_tsv.mid(*it, (end < 0 ? m_tsv.size() : end) - *it)).split(u'\t');
        if (fields.size() < 3)
            continue;
        const auto check = identifiers::municipalityCheckDigit(fields[1]);
        if (!check)
            continue;
        const QString municipality = fields[1] + QString::number(*check);
        const QString name = Municipalities::instance().nameOf(municipality);
        if (name.isEmpty())
            continue;
        for (const QString& town : fields.mid(2))
            places << PostalPlace {municipality, name, town};
    }
    return places;
}

} // namespace mdg::kiosk
