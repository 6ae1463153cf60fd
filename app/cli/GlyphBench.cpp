// `madoguchi-cli bench glyphs`: how well GlyphMatcher tells a registered form from the form
// the engine reads (渡邉 / 渡邊) and a lone relationship or sex character (妻, 夫, 男),
// each drawn in one font, small and blurred, against drawings in the other fonts only.
#include "CliIo.h"
#include "ocr/GlyphMatcher.h"

#include <QElapsedTimer>
#include <QFont>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>

namespace mdg::cli {

namespace {

// The character printed at `pixels` in `family`, on paper of uneven grey with grain, the
// strokes softened as a camera or a scanner softens them.
QImage printed(QChar c, const QString& family, int pixels, bool soft, QRandomGenerator& random)
{
    const int side = pixels * 2;
    QImage sharp(side * 2, side * 2, QImage::Format_Grayscale8);
    sharp.fill(232);
    {
        QPainter painter(&sharp);
        QFont font(family);
        font.setPixelSize(pixels * 2);
        font.setStyleStrategy(QFont::NoFontMerging);
        painter.setFont(font);
        painter.setPen(QColor(40, 40, 40));
        painter.drawText(sharp.rect(), Qt::AlignCenter, QString(c));
    }
    QImage image = sharp.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (soft)
        image = image.scaled(side * 2 / 3, side * 2 / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) + int(random.bounded(31)) - 15, 0, 255));
    }
    return image;
}

} // namespace

void benchGlyphs()
{
    const QStringList families = ocr::GlyphMatcher::instance().families();
    struct Set
    {
        const char* name;
        QString candidates; // the first one is what the engine reads
    };
    QList<Set> sets;
    for (const QChar read : QStringLiteral("邊高齋斉徳恵瀬柳細納凛"))
        sets << Set {"registered_forms", QString(read) + ocr::registeredForms(read)};
    for (const QChar read : QStringLiteral("壮朗男"))
        sets << Set {"look_alikes", QString(read) + ocr::lookAlikes(read)};
    sets << Set {"relationship", QStringLiteral("妻夫子父母兄姉弟妹孫")} << Set {"sex", QStringLiteral("男女")};
    QRandomGenerator random(20261203);
    for (const char* setName : {"registered_forms", "look_alikes", "relationship", "sex"}) {
        for (const int pixels : {16, 22, 32}) {
            for (const bool soft : {false, true}) {
                int total = 0, right = 0, sureWrong = 0, sureRight = 0;
                QElapsedTimer timer;
                timer.start();
                for (const QString& family : families) {
                    // The page's font is never among the drawings it is compared with.
                    QStringList others = families;
                    others.removeAll(family);
                    const ocr::GlyphMatcher matcher(others);
                    for (const Set& set : sets) {
                        if (qstrcmp(set.name, setName) != 0)
                            continue;
                        for (const QChar c : set.candidates) {
                            QFont font(family);
                            font.setStyleStrategy(QFont::NoFontMerging);
                            if (!QFontMetrics(font).inFontUcs4(c.unicode()))
                                continue;
                            const QImage image = printed(c, family, pixels, soft, random);
                            const auto m = matcher.match(image, image.rect(), set.candidates);
                            ++total;
                            right += m && m->character == c;
                            const bool sure = m && m->margin >= ocr::GlyphMatcher::SureMargin;
                            sureWrong += sure && m->character != c;
                            sureRight += sure && m->character == c;
                        }
                    }
                }
                printJson(QJsonObject {{QStringLiteral("bench"), QStringLiteral("glyphs")},
                    {QStringLiteral("set"), QString::fromLatin1(setName)}, {QStringLiteral("pixels"), pixels},
                    {QStringLiteral("soft"), soft}, {QStringLiteral("glyphs"), total},
                    {QStringLiteral("accuracy_pct"), total ? 100.0 * right / total : 0.0},
                    {QStringLiteral("sure_right_pct"), total ? 100.0 * sureRight / total : 0.0},
                    {QStringLiteral("sure_wrong_pct"), total ? 100.0 * sureWrong / total : 0.0},
                    {QStringLiteral("elapsed_ms"), double(timer.elapsed())}});
            }
        }
    }
}

} // namespace mdg::cli
