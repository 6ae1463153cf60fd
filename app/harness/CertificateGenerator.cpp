#include "CertificateGenerator.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

namespace mdg::certgen {

namespace {

constexpr int PageW = 1654; // A4 at 200 dpi
constexpr int PageH = 2339;

struct Name
{
    const char* kanji;
    const char* kana;
};
const Name Families[]
    = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}};
const Name MaleGiven[] = {{"太郎", "タロウ"}, {"健一", "ケンイチ"}, {"大輔", "ダイスケ"}, {"翔太", "ショウタ"},
    {"誠", "マコト"}, {"陽翔", "ハルト"}, {"蓮", "レン"}, {"浩二", "コウジ"}, {"隆", "タカシ"}, {"直樹", "ナオキ"}};
const Name FemaleGiven[] = {{"花子", "ハナコ"}, {"美咲", "ミサキ"}, {"裕子", "ユウコ"}, {"陽菜", "ヒナ"},
    {"結衣", "ユイ"}, {"恵", "メグミ"}, {"直子", "ナオコ"}, {"彩", "アヤ"}, {"智子", "トモコ"}, {"凛", "リン"}};
const char* Cities[]
    = {"横浜市港北区", "横浜市青葉区", "横浜市中区", "相模原市中央区", "藤沢市", "町田市", "世田谷区", "大田区"};
const char* Issuers[] = {"横浜市港北区長", "横浜市青葉区長", "横浜市中区長", "相模原市中央区長", "藤沢市長", "町田市長",
    "世田谷区長", "大田区長"};
const char* Prefectures[] = {"神奈川県", "神奈川県", "神奈川県", "神奈川県", "神奈川県", "東京都", "東京都", "東京都"};
const char* Towns[] = {"日吉本町", "美しが丘", "元町", "中央", "鵠沼海岸", "原町田", "三軒茶屋", "蒲田"};
const char* KawasakiTowns[] = {"川崎市中原区小杉町", "川崎市高津区溝口", "川崎市幸区堀川町", "川崎市多摩区登戸",
    "川崎市宮前区宮前平", "川崎市麻生区万福寺", "川崎市川崎区砂子"};
const char* Honseki[] = {"東京都千代田区千代田1番", "大阪府大阪市北区中之島一丁目3番",
    "福岡県福岡市中央区天神二丁目8番", "北海道札幌市中央区北一条西二丁目1番", "愛知県名古屋市中区三の丸三丁目1番"};

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QString kanjiChome(int n)
{
    static const char* k[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    return u(k[(n - 1) % 9]);
}

QString digitsIn(const QString& ascii, JapaneseDate::Digits d)
{
    if (d != JapaneseDate::Digits::FullWidth)
        return ascii;
    QString out;
    for (QChar c : ascii)
        out += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return out;
}

struct Painter
{
    QPainter& p;
    QFont font;
    int line = 46; // px between baselines of body text

    void text(int x, int y, const QString& s) { p.drawText(QPoint(x, y), s); }
};

} // namespace

QString layoutKey(Layout l)
{
    switch (l) {
    case Layout::Columns: return QStringLiteral("columns");
    case Layout::Rows: return QStringLiteral("rows");
    case Layout::Lines: return QStringLiteral("lines");
    }
    return {};
}

QString degradationKey(Degradation d)
{
    switch (d) {
    case Degradation::Clean: return QStringLiteral("clean");
    case Degradation::Scan: return QStringLiteral("scan");
    case Degradation::Camera: return QStringLiteral("camera");
    }
    return {};
}

namespace {
// Text in a cell, set smaller when it would not fit, as a form's software does: a value cut
// at its cell's edge is not on the page, and the ground truth would lie.
void drawFitted(QPainter& p, const QRect& cell, const QString& text)
{
    const QFont original = p.font();
    QFont f = original;
    while (f.pixelSize() > 12 && QFontMetrics(f).horizontalAdvance(text) > cell.width())
        f.setPixelSize(f.pixelSize() - 1);
    p.setFont(f);
    p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, text);
    p.setFont(original);
}
} // namespace

Generated render(const Options& o)
{
    QRandomGenerator rng(o.seed);
    auto pick = [&](auto& arr) -> decltype(arr[0]) { return arr[rng.bounded(int(std::size(arr)))]; };

    TransferOutCertificate t;
    const int city = rng.bounded(int(std::size(Cities)));
    const Name family = pick(Families);
    t.previousAddress = u(Prefectures[city]) + u(Cities[city]) + u(Towns[city]) + kanjiChome(1 + rng.bounded(5))
        + u("丁目") + QString::number(1 + rng.bounded(30)) + u("番") + QString::number(1 + rng.bounded(20)) + u("号");
    if (!o.previousAddress.isEmpty())
        t.previousAddress = o.previousAddress;
    t.destinationAddress = u("神奈川県") + u(pick(KawasakiTowns)) + kanjiChome(1 + rng.bounded(4)) + u("丁目")
        + QString::number(1 + rng.bounded(20)) + u("番") + QString::number(1 + rng.bounded(15)) + u("号");
    t.issuer = u(Issuers[city]);
    t.issuedOn = QDate(2024, 1, 1).addDays(rng.bounded(700));
    t.plannedMoveDate = t.issuedOn.addDays(3 + rng.bounded(10));
    if (o.plannedMoveDate.isValid()) {
        t.plannedMoveDate = o.plannedMoveDate;
        t.issuedOn = o.plannedMoveDate.addDays(-5);
    }
    t.honseki = u(pick(Honseki));

    const int n = std::clamp(o.members, 1, 4);
    const QDate headBirth = QDate(1950, 1, 1).addDays(rng.bounded(365 * 45));
    for (int i = 0; i < n; ++i) {
        TransferOutCertificate::Member m;
        Sex sex = i == 0 ? (rng.bounded(4) ? Sex::Male : Sex::Female)
            : i == 1     ? (t.members[0].sex == Sex::Male ? Sex::Female : Sex::Male)
                         : (rng.bounded(2) ? Sex::Male : Sex::Female);
        const Name given = sex == Sex::Male ? pick(MaleGiven) : pick(FemaleGiven);
        m.name = u(family.kanji) + QChar(0x3000) + u(given.kanji);
        m.nameKana = u(family.kana) + QChar(0x3000) + u(given.kana);
        m.sex = sex;
        m.relationship = i == 0 ? u("世帯主") : i == 1 ? (sex == Sex::Female ? u("妻") : u("夫")) : u("子");
        m.birthDate = i == 0 ? headBirth
            : i == 1         ? headBirth.addDays(rng.bounded(2000) - 1000)
                             : headBirth.addDays(365 * 25 + rng.bounded(365 * 10));
        QString code;
        for (int k = 0; k < 11; ++k)
            code += QChar(u'0' + rng.bounded(10));
        m.residentCode = code;
        t.members << m;
    }
    t.householdHead = t.members.first().name;
    t.hittousha = t.members.first().relationship == u("世帯主") && t.members.first().sex == Sex::Male
        ? t.members.first().name
        : t.members.last().name;

    QImage page(PageW, PageH, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    QFont title(o.font);
    title.setPixelSize(64);
    title.setLetterSpacing(QFont::AbsoluteSpacing, 24);
    p.setFont(title);
    p.drawText(QRect(0, 120, PageW, 100), Qt::AlignHCenter, u("転出証明書"));
    QFont body(o.font);
    body.setPixelSize(34);
    p.setFont(body);

    const auto date = [&](const QDate& d) { return JapaneseDate::format(d, o.digits); };
    const auto digits = [&](const QString& s) { return digitsIn(s, o.digits); };
    const int left = 150;
    const int valueX = left + 300;
    int y = 330;
    const QList<QPair<QString, QString>> household = {{u("住所"), digits(t.previousAddress)},
        {u("世帯主"), t.householdHead}, {u("転出先"), digits(t.destinationAddress)},
        {u("転出予定年月日"), date(t.plannedMoveDate)}, {u("本籍"), digits(t.honseki)}, {u("筆頭者"), t.hittousha}};
    for (const auto& [label, value] : household) {
        p.drawText(QPoint(left, y), label);
        p.drawText(QPoint(valueX, y), value);
        y += 62;
    }
    y += 40;

    const QStringList labels = {u("氏名"), u("フリガナ"), u("生年月日"), u("性別"), u("続柄"), u("住民票コード")};
    auto memberValues = [&](const TransferOutCertificate::Member& m) {
        return QStringList {m.name, m.nameKana, date(m.birthDate), *m.sex == Sex::Male ? u("男") : u("女"),
            m.relationship, digits(m.residentCode)};
    };
    p.setPen(QPen(QColor(80, 80, 80), 2));
    switch (o.layout) {
    case Layout::Columns: {
        // Labels down the left, a column per member; a grid of light lines.
        // Cells wide enough for a full-width era date: real forms fit their values.
        const int tableLeft = 100;
        const int labelW = 240;
        const int colW = (PageW - 2 * tableLeft - labelW) / 4;
        const int rowH = 76;
        QFont small = body;
        small.setPixelSize(25);
        p.setFont(small);
        for (int r = 0; r <= labels.size(); ++r)
            p.drawLine(tableLeft, y + r * rowH, tableLeft + labelW + n * colW, y + r * rowH);
        for (int c = 0; c <= n + 1; ++c) {
            const int x = c == 0 ? tableLeft : tableLeft + labelW + (c - 1) * colW;
            p.drawLine(x, y, x, y + int(labels.size()) * rowH);
        }
        p.setPen(Qt::black);
        for (int r = 0; r < labels.size(); ++r) {
            p.drawText(
                QRect(tableLeft + 12, y + r * rowH, labelW - 24, rowH), Qt::AlignVCenter | Qt::AlignLeft, labels[r]);
            for (int c = 0; c < n; ++c)
                drawFitted(p, QRect(tableLeft + labelW + c * colW + 12, y + r * rowH, colW - 24, rowH),
                    memberValues(t.members[c])[r]);
        }
        y += int(labels.size()) * rowH + 60;
        p.setFont(body);
        break;
    }
    case Layout::Rows: {
        // A header row of labels, a row per member.
        const QList<int> widths = {250, 290, 370, 60, 110, 330};
        const int rowH = 80;
        QFont small = body;
        small.setPixelSize(26);
        p.setFont(small);
        int x = left - 40;
        for (int c = 0; c < labels.size(); ++c) {
            p.drawText(QRect(x + 8, y, widths[c] - 16, rowH), Qt::AlignVCenter | Qt::AlignLeft, labels[c]);
            x += widths[c];
        }
        p.drawLine(left - 40, y + rowH, x, y + rowH);
        for (int r = 0; r < n; ++r) {
            x = left - 40;
            const QStringList values = memberValues(t.members[r]);
            for (int c = 0; c < labels.size(); ++c) {
                drawFitted(p, QRect(x + 8, y + (r + 1) * rowH, widths[c] - 16, rowH), values[c]);
                x += widths[c];
            }
            p.drawLine(left - 40, y + (r + 2) * rowH, x, y + (r + 2) * rowH);
        }
        y += (n + 1) * rowH + 60;
        p.setFont(body);
        break;
    }
    case Layout::Lines: {
        // Per member a block of label-value lines; four blocks are set tighter so the
        // certification and the issuer stay on the sheet, as a real form would.
        const int lineStep = n >= 4 ? 44 : 52;
        for (int r = 0; r < n; ++r) {
            const QStringList values = memberValues(t.members[r]);
            p.drawLine(left, y - 40, PageW - left, y - 40);
            for (int c = 0; c < labels.size(); ++c) {
                p.drawText(QPoint(left + 40, y), labels[c]);
                p.drawText(QPoint(valueX, y), values[c]);
                y += lineStep;
            }
            y += 34;
        }
        break;
    }
    }
    p.setPen(Qt::black);
    y = std::max(y + 40, PageH - 520);
    Q_ASSERT(y + 180 < PageH - 60); // the issuer line must be on the page
    p.drawText(QPoint(left, y), u("上記のとおり相違ないことを証明する。"));
    p.drawText(QPoint(left + 80, y + 90), date(t.issuedOn));
    p.drawText(QPoint(PageW / 2, y + 180),
        t.issuer + u("　") + u(family.kanji == QByteArray("佐藤") ? "鈴木　一郎" : "佐藤　一郎"));
    p.end();
    return {page, t};
}

QImage degrade(const QImage& page, Degradation d, quint32 seed)
{
    if (d == Degradation::Clean)
        return page;
    QRandomGenerator rng(seed);
    auto uniform = [&](double a, double b) { return a + (b - a) * rng.generateDouble(); };
    QImage out(page.size(), QImage::Format_RGB32);
    if (d == Degradation::Scan) {
        out.fill(Qt::white);
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(out.width() / 2.0, out.height() / 2.0);
        p.rotate(uniform(-0.6, 0.6));
        p.translate(-out.width() / 2.0, -out.height() / 2.0);
        p.drawImage(0, 0, page);
        p.end();
        for (int y = 0; y < out.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
            for (int x = 0; x < out.width(); ++x) {
                const int g = std::clamp(qGray(line[x]) + int(rng.bounded(41)) - 20, 0, 255);
                line[x] = qRgb(g, g, g);
            }
        }
        return out;
    }
    // Camera: the page lies on a desk, seen slightly from the side, a little turned, a
    // little out of focus, lit from one side, saved as JPEG.
    const int W = 2000;
    const int H = 2600;
    out = QImage(W, H, QImage::Format_RGB32);
    out.fill(QColor(90, 80, 70));
    const double inset = 0.06;
    QPolygonF from {
        QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()), QPointF(0, page.height())};
    QPolygonF to {QPointF(W * uniform(inset, inset + 0.04), H * uniform(inset, inset + 0.03)),
        QPointF(W * uniform(1 - inset - 0.04, 1 - inset), H * uniform(inset, inset + 0.03)),
        QPointF(W * uniform(1 - inset - 0.02, 1 - inset + 0.02), H * uniform(1 - inset - 0.03, 1 - inset)),
        QPointF(W * uniform(inset - 0.02, inset + 0.02), H * uniform(1 - inset - 0.03, 1 - inset))};
    QTransform warp;
    QTransform::quadToQuad(from, to, warp);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(warp);
        p.drawImage(0, 0, page);
    }
    // Out of focus: a box blur of radius 1.
    QImage blurred = out.scaled(W * 2 / 3, H * 2 / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .scaled(W, H, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Uneven light: darker towards one corner.
    const double cx = uniform(0, W);
    const double cy = uniform(0, H);
    for (int y = 0; y < H; ++y) {
        auto* line = reinterpret_cast<QRgb*>(blurred.scanLine(y));
        for (int x = 0; x < W; ++x) {
            const double dist = std::hypot(x - cx, y - cy) / std::hypot(W, H);
            const double light = 1.0 - 0.35 * dist;
            line[x]
                = qRgb(int(qRed(line[x]) * light), int(qGreen(line[x]) * light), int(qBlue(line[x]) * light * 0.97));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    blurred.save(&buffer, "JPEG", 75);
    return QImage::fromData(jpeg, "JPEG");
}

CameraSample cameraSample()
{
    Options o;
    o.layout = Layout::Lines;
    o.members = 2;
    o.seed = 777;
    o.font = QStringLiteral("Noto Serif CJK JP");
    Generated page = render(o);
    QImage photo = degrade(page.image, Degradation::Camera, 99);
    return {std::move(page), std::move(photo)};
}

} // namespace mdg::certgen
