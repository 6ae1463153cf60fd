#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace mdg {

// Variant characters (異体字) folded to one standard form for comparison only: 髙→高,
// 﨑→崎, 澤→沢, 國→国. The pairs come from resources/crosscheck/: the 人名用漢字表 mapping
// of Unihan (generated, see tools/make_variant_table.py) and a curated supplement whose
// every row names its source. Variation selectors (IVS) are dropped; compatibility
// ideographs go to their unified form first.
class VariantTable
{
public:
    static const VariantTable& instance();

    // Loads "variant<TAB>standard[<TAB>source]" lines; '#' starts a comment.
    void addPairs(const QString& tsv);

    char32_t standardOf(char32_t c) const;
    QString fold(QStringView s) const;
    qsizetype size() const { return m_standard.size(); }

private:
    QHash<char32_t, char32_t> m_standard;
};

} // namespace mdg
