#include "LayoutRandomiser.h"

#include "crosscheck/Towns.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace mdg::layoutgen {
namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

struct Rng
{
    QRandomGenerator g;
    int below(int n) { return n <= 1 ? 0 : int(g.bounded(n)); }
    bool chance(double p) { return g.generateDouble() < p; }
    double between(double a, double b) { return a + (b - a) * g.generateDouble(); }
    template <typename T> const T& pick(const QList<T>& l) { return l[below(int(l.size()))]; }
};

struct Place
{
    QString prefecture, city, ward, code; // code: 5 digits, the ward's where there are wards
    QString issuer() const { return (ward.isEmpty() ? city : city + ward) + u("長"); }
    QString name() const { return city + ward; }
};

// Cities and Tokyo's special wards of the municipality list, with their towns: the list
// names no counties, so towns and villages (whose addresses carry one) are left out.
const QList<Place>& places()
{
    static const QList<Place> all = [] {
        QList<Place> out;
        QFile f(QStringLiteral(":/crosscheck/municipalities.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue& pv : QJsonDocument::fromJson(f.readAll()).array()) {
            const QJsonObject pref = pv.toObject();
            for (const QJsonValue& mv : pref.value(QStringLiteral("municipalities")).toArray()) {
                const QJsonObject m = mv.toObject();
                const QString name = m.value(QStringLiteral("name")).toString();
                const QJsonArray wards = m.value(QStringLiteral("wards")).toArray();
                const auto add = [&](const QString& city, const QString& ward, const QString& code6) {
                    const QString code = code6.left(5);
                    if (Towns::instance().of(code).size() >= 3)
                        out << Place {pref.value(QStringLiteral("name")).toString(), city, ward, code};
                };
                if (!wards.isEmpty()) {
                    for (const QJsonValue& w : wards)
                        add(name, w.toObject().value(QStringLiteral("name")).toString(),
                            w.toObject().value(QStringLiteral("code")).toString());
                } else if (name.endsWith(u'市') || name.endsWith(u'区')) {
                    add(name, {}, m.value(QStringLiteral("code")).toString());
                }
            }
        }
        return out;
    }();
    return all;
}

struct NamePart
{
    const char* kanji;
    const char* kana;
};
const QList<NamePart> Families
    = {{"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松田", "マツダ"}, {"齋藤", "サイトウ"}, {"清水", "シミズ"},
        {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"}, {"阿部", "アベ"}, {"石川", "イシカワ"},
        {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"}, {"小川", "オガワ"}, {"前田", "マエダ"},
        {"岡田", "オカダ"}, {"長谷川", "ハセガワ"}, {"藤田", "フジタ"}, {"後藤", "ゴトウ"}, {"近藤", "コンドウ"},
        {"村上", "ムラカミ"}, {"遠藤", "エンドウ"}, {"青木", "アオキ"}, {"坂本", "サカモト"}, {"斉藤", "サイトウ"},
        {"福田", "フクダ"}, {"太田", "オオタ"}, {"西村", "ニシムラ"}, {"藤井", "フジイ"}, {"金子", "カネコ"},
        {"岡本", "オカモト"}, {"藤原", "フジワラ"}, {"中野", "ナカノ"}, {"三浦", "ミウラ"}, {"原田", "ハラダ"},
        {"小野", "オノ"}, {"竹内", "タケウチ"}, {"和田", "ワダ"}, {"上野", "ウエノ"}, {"髙橋", "タカハシ"},
        {"渡邉", "ワタナベ"}, {"菊地", "キクチ"}, {"野口", "ノグチ"}, {"大塚", "オオツカ"}, {"千葉", "チバ"}};
const QList<NamePart> MaleGiven
    = {{"悠真", "ユウマ"}, {"湊", "ミナト"}, {"樹", "イツキ"}, {"大和", "ヤマト"}, {"拓海", "タクミ"},
        {"健太", "ケンタ"}, {"修", "オサム"}, {"博之", "ヒロユキ"}, {"和夫", "カズオ"}, {"正人", "マサト"},
        {"亮", "リョウ"}, {"俊介", "シュンスケ"}, {"一郎", "イチロウ"}, {"進", "ススム"}, {"達也", "タツヤ"},
        {"光", "ヒカル"}, {"康弘", "ヤスヒロ"}, {"智也", "トモヤ"}, {"勇気", "ユウキ"}, {"茂", "シゲル"}};
const QList<NamePart> FemaleGiven = {{"葵", "アオイ"}, {"紬", "ツムギ"}, {"芽依", "メイ"}, {"さくら", "サクラ"},
    {"由美", "ユミ"}, {"久美子", "クミコ"}, {"明美", "アケミ"}, {"千尋", "チヒロ"}, {"真由美", "マユミ"},
    {"和子", "カズコ"}, {"幸子", "サチコ"}, {"舞", "マイ"}, {"優奈", "ユウナ"}, {"美穂", "ミホ"}, {"京子", "キョウコ"},
    {"愛", "アイ"}, {"理恵", "リエ"}, {"琴音", "コトネ"}, {"奈々", "ナナ"}, {"静香", "シズカ"}};

enum class Digits { Ascii, FullWidth, Kanji };

QString fullWidth(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + 0xFF10);
    return out;
}

QString kanjiNumber(int n)
{
    static const QStringList ones
        = {QString(), u("一"), u("二"), u("三"), u("四"), u("五"), u("六"), u("七"), u("八"), u("九")};
    static const QStringList units = {u("千"), u("百"), u("十"), QString()};
    QString out;
    for (int k = 0, div = 1000; k < 4; ++k, div /= 10) {
        const int digit = (n / div) % 10;
        if (digit == 0)
            continue;
        out += (digit == 1 && k < 3 ? QString() : ones[digit]) + units[k];
    }
    return out;
}

QString number(int n, Digits d, bool pad = false)
{
    if (d == Digits::Kanji)
        return kanjiNumber(n);
    QString s = QString::number(n);
    if (pad && n < 10)
        s.prepend(d == Digits::FullWidth ? QChar(0x3000) : QChar(u' '));
    return d == Digits::FullWidth ? fullWidth(s) : s;
}

// How this page's system prints a date.
struct DateStyle
{
    Digits digits = Digits::Ascii;
    bool gannen = true; // 元年 rather than 1年
    bool padded = false; // single digits set in a two-digit slot: 令和 6年 3月 5日

    QString format(const QDate& d) const
    {
        struct Era
        {
            const char* name;
            QDate start;
        };
        static const Era eras[] = {{"令和", QDate(2019, 5, 1)}, {"平成", QDate(1989, 1, 8)},
            {"昭和", QDate(1926, 12, 25)}, {"大正", QDate(1912, 7, 30)}};
        for (const Era& e : eras) {
            if (d < e.start)
                continue;
            const int year = d.year() - e.start.year() + 1;
            const QString y = year == 1 && gannen ? u("元") : number(year, digits, padded);
            return u(e.name) + y + u("年") + number(d.month(), digits, padded) + u("月")
                + number(d.day(), digits, padded) + u("日");
        }
        return {};
    }
};

struct Member
{
    TransferOutCertificate::Member m;
    QString rubyFamily, rubyGiven;
};

struct Content
{
    TransferOutCertificate t;
    QList<Member> members;
    QString mayor;
    Place from;
};

QString blocks(Rng& r, Digits d)
{
    const Digits nd = d == Digits::Kanji ? (r.chance(0.3) ? Digits::Kanji : Digits::Ascii) : d;
    const int chome = 1 + r.below(6), ban = 1 + r.below(40), go = 1 + r.below(25);
    switch (r.below(4)) {
    case 0:
    case 1:
        return (r.chance(0.5) ? kanjiNumber(chome) : number(chome, nd)) + u("丁目") + number(ban, nd) + u("番")
            + number(go, nd) + u("号");
    case 2: return number(100 + r.below(3000), nd) + u("番地") + (r.chance(0.5) ? number(go, nd) : QString());
    default: return number(ban, nd) + u("番地の") + number(go, nd);
    }
}

QString addressIn(Rng& r, const Place& p, Digits d, bool prefecture)
{
    const QStringList& towns = Towns::instance().of(p.code);
    return (prefecture ? p.prefecture : QString()) + p.name() + r.pick(towns) + blocks(r, d);
}

Content content(Rng& r, Digits digits)
{
    Content c;
    const QList<Place>& all = places();
    Q_ASSERT(!all.isEmpty());
    c.from = r.pick(all);
    TransferOutCertificate& t = c.t;
    t.previousAddress = addressIn(r, c.from, digits, r.chance(0.9));
    // The destination is where the household says it goes: usually the city of this counter.
    QList<Place> kawasaki;
    for (const Place& p : all)
        if (p.city == u("川崎市"))
            kawasaki << p;
    const Place to = r.chance(0.7) && !kawasaki.isEmpty() ? r.pick(kawasaki) : r.pick(all);
    t.destinationAddress = addressIn(r, to, digits, r.chance(0.6));
    t.issuer = c.from.issuer();
    t.issuedOn = QDate(2024, 1, 1).addDays(r.below(1000));
    t.plannedMoveDate = t.issuedOn.addDays(r.below(20) - 5);
    t.honseki = addressIn(r, r.pick(all), digits, true);

    const NamePart family = r.pick(Families);
    // Households of five or more are about one in ten moves.
    const int sizes[] = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 6, 7, 8};
    const int n = sizes[r.below(int(std::size(sizes)))];
    const QDate headBorn = QDate(1938, 1, 1).addDays(r.below(365 * 60));
    QStringList usedGiven;
    for (int i = 0; i < n; ++i) {
        Member mm;
        auto& m = mm.m;
        const Sex sex = i == 0 ? (r.chance(0.75) ? Sex::Male : Sex::Female)
            : i == 1           ? (c.members[0].m.sex == Sex::Male ? Sex::Female : Sex::Male)
                               : (r.chance(0.5) ? Sex::Male : Sex::Female);
        NamePart given = r.pick(sex == Sex::Male ? MaleGiven : FemaleGiven);
        while (usedGiven.contains(u(given.kanji)))
            given = r.pick(sex == Sex::Male ? MaleGiven : FemaleGiven);
        usedGiven << u(given.kanji);
        m.sex = sex;
        const QString gap = r.chance(0.8) ? QString(QChar(0x3000)) : QString();
        m.name = u(family.kanji) + gap + u(given.kanji);
        m.nameKana = u(family.kana) + QChar(0x3000) + u(given.kana);
        mm.rubyFamily = u(family.kana);
        mm.rubyGiven = u(given.kana);
        if (i == 0) {
            m.relationship = u("世帯主");
            m.birthDate = headBorn;
        } else if (i == 1) {
            m.relationship = sex == Sex::Male ? u("夫") : u("妻");
            m.birthDate = headBorn.addDays(r.below(3000) - 1500);
        } else if (i >= 5 && headBorn.year() > 1965) {
            m.relationship = sex == Sex::Male ? u("父") : u("母");
            m.birthDate = headBorn.addDays(-365 * 28 - r.below(365 * 8));
        } else {
            static const QStringList sons = {u("子"), u("子"), u("長男"), u("二男")};
            static const QStringList daughters = {u("子"), u("子"), u("長女"), u("二女")};
            m.relationship = r.pick(sex == Sex::Male ? sons : daughters);
            m.birthDate = headBorn.addDays(365 * 24 + r.below(365 * 14));
            if (m.birthDate > t.issuedOn)
                m.birthDate = t.issuedOn.addDays(-30 - r.below(300));
        }
        for (int k = 0; k < 11; ++k)
            m.residentCode += QChar(u'0' + r.below(10));
        c.members << mm;
        t.members << m;
    }
    t.householdHead = t.members.first().name;
    const auto husband = std::find_if(t.members.cbegin(), t.members.cbegin() + std::min<qsizetype>(2, t.members.size()),
        [](const auto& m) { return m.sex == Sex::Male; });
    t.hittousha
        = husband != t.members.cbegin() + std::min<qsizetype>(2, t.members.size()) ? husband->name : t.householdHead;
    const NamePart mf = r.pick(Families);
    c.mayor = u(mf.kanji) + QChar(0x3000) + u(r.pick(MaleGiven).kanji);
    return c;
}

enum Field { Name, Kana, Birth, SexField, Relation, Code };

// A vendor's choices for one page.
struct Style
{
    QString font;
    QSize page;
    double scale = 1;
    Digits digits = Digits::Ascii;
    DateStyle date;
    int labelSpacing = 0; // 0 plain, 1 full-width spaces between the characters, 2 spread to fill the cell
    bool colon = false; // 住所：
    bool shadeLabels = false;
    int ruling = 0; // 0 a full grid, 1 horizontal rules only, 2 none
    QString orientation; // rows, columns, blocks
    bool ruby = false;
    int slotCount = 0;
    bool householdAsTable = true;
    bool honsekiBelow = false;
    QList<int> householdOrder;
    QList<Field> memberOrder;
    QMap<QString, QString> labels;
    bool tint = false;
    QColor tintColour;
    bool seal = false;
    bool notice = false;
    QColor ink = Qt::black;
};

QString spaced(const QString& label, int mode)
{
    if (mode != 1 || label.size() > 4)
        return label;
    const QString gap = label.size() == 2 ? u("　　") : u("　");
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i)
        out += (i ? gap : QString()) + label[i];
    return out;
}

struct Canvas
{
    QPainter& p;
    const Style& s;

    int px(double v) const { return int(std::lround(v * s.scale * s.page.width() / 1654.0)); }
    QFont font(double size) const
    {
        QFont f(s.font);
        f.setPixelSize(std::max(10, px(size)));
        return f;
    }
    // Text in a box, set smaller when it would not fit, as a form's software does.
    void fitted(const QRect& box, const QString& text, double size, Qt::Alignment align = Qt::AlignLeft)
    {
        QFont f = font(size);
        while (f.pixelSize() > 12 && QFontMetrics(f).horizontalAdvance(text) > box.width())
            f.setPixelSize(f.pixelSize() - 1);
        p.setFont(f);
        p.setPen(s.ink);
        p.drawText(box, int(align | Qt::AlignVCenter), text);
    }
    void label(const QRect& box, const QString& text, double size)
    {
        const QString t = spaced(text, s.labelSpacing) + (s.colon ? u("：") : QString());
        if (s.labelSpacing != 2 || text.size() > 5 || s.colon) {
            fitted(box, t, size);
            return;
        }
        // Spread: each character at an equal step across the cell (均等割付).
        QFont f = font(size);
        p.setFont(f);
        p.setPen(s.ink);
        const QFontMetrics fm(f);
        const int w = std::min(box.width(), fm.horizontalAdvance(text) * 2 + fm.height());
        const int step = text.size() > 1 ? (w - fm.horizontalAdvance(text.back())) / int(text.size() - 1) : 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            p.drawText(QRect(box.left() + int(i) * step, box.top(), fm.height() * 2, box.height()),
                Qt::AlignLeft | Qt::AlignVCenter, QString(text[i]));
    }
    void rule(int x1, int y1, int x2, int y2, bool vertical)
    {
        if (s.ruling == 2 || (vertical && s.ruling == 1))
            return;
        p.setPen(QPen(QColor(60, 60, 60), std::max(1, px(2))));
        p.drawLine(x1, y1, x2, y2);
    }
    void box(const QRect& r)
    {
        rule(r.left(), r.top(), r.right(), r.top(), false);
        rule(r.left(), r.bottom(), r.right(), r.bottom(), false);
        rule(r.left(), r.top(), r.left(), r.bottom(), true);
        rule(r.right(), r.top(), r.right(), r.bottom(), true);
    }
    void shade(const QRect& r)
    {
        if (s.shadeLabels && s.ruling != 2)
            p.fillRect(r.adjusted(1, 1, 0, 0), QColor(232, 232, 232));
    }
    // A name with its reading set small above it in the same cell.
    void rubyName(const QRect& cell, const Member& m, double size)
    {
        const int rubyH = cell.height() * 2 / 5;
        const QRect nameBox(cell.left(), cell.top() + rubyH - px(4), cell.width(), cell.height() - rubyH);
        QFont f = font(size);
        while (f.pixelSize() > 12 && QFontMetrics(f).horizontalAdvance(m.m.name) > cell.width())
            f.setPixelSize(f.pixelSize() - 1);
        const QFontMetrics fm(f);
        const int gapAt = int(m.m.name.indexOf(QChar(0x3000)));
        const QString familyPart = gapAt < 0 ? m.m.name.left(m.rubyFamily.size() > 3 ? 3 : 2) : m.m.name.left(gapAt);
        const int familyW = fm.horizontalAdvance(familyPart);
        const int givenX = fm.horizontalAdvance(gapAt < 0 ? familyPart : m.m.name.left(gapAt + 1));
        fitted(nameBox, m.m.name, size);
        QFont rf = font(size * 0.58); // about 6 pt over a 10.5 pt name
        p.setFont(rf);
        const QRect rubyBox(cell.left(), cell.top(), cell.width(), rubyH);
        p.drawText(QRect(rubyBox.left(), rubyBox.top(),
                       std::max(familyW, QFontMetrics(rf).horizontalAdvance(m.rubyFamily)), rubyBox.height()),
            Qt::AlignLeft | Qt::AlignBottom, m.rubyFamily);
        p.drawText(QRect(rubyBox.left() + givenX, rubyBox.top(), cell.width() - givenX, rubyBox.height()),
            Qt::AlignLeft | Qt::AlignBottom, m.rubyGiven);
    }
};

QString sexText(const TransferOutCertificate::Member& m)
{
    return m.sex == Sex::Male ? u("男") : u("女");
}

QString memberValue(const Style& s, const TransferOutCertificate::Member& m, Field f)
{
    switch (f) {
    case Name: return m.name;
    case Kana: return m.nameKana;
    case Birth: return s.date.format(m.birthDate);
    case SexField: return sexText(m);
    case Relation: return m.relationship;
    case Code: return s.digits == Digits::FullWidth ? fullWidth(m.residentCode) : m.residentCode;
    }
    return {};
}

QString fieldLabel(const Style& s, Field f)
{
    static const char* keys[] = {"name", "kana", "birth", "sex", "relation", "code"};
    return s.labels.value(QLatin1String(keys[f]));
}

void drawTint(QPainter& p, const Style& s, Rng& r)
{
    // Security paper: a faint repeating pattern, and 複写 hidden in it (it shows on copies).
    const QSize size = s.page;
    p.save();
    p.setPen(QPen(s.tintColour, 2));
    const int step = 18 + r.below(14);
    const double amp = r.between(4, 10);
    for (int y = -step; y < size.height() + step; y += step) {
        QPainterPath path;
        path.moveTo(0, y);
        for (int x = 0; x <= size.width(); x += 8)
            path.lineTo(x, y + amp * std::sin((x + y * 0.5) / 23.0));
        p.drawPath(path);
    }
    QFont f(s.font);
    f.setPixelSize(size.width() / 5);
    p.setFont(f);
    p.setPen(s.tintColour.darker(106));
    for (int k = 0; k < 3; ++k)
        p.drawText(QRect(0, size.height() * k / 3, size.width(), size.height() / 3), Qt::AlignCenter, u("複写"));
    p.restore();
}

void drawSeal(QPainter& p, const QPoint& centre, int side, const Place& from)
{
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    const QColor red(205, 40, 40, 210);
    p.setPen(QPen(red, std::max(3, side / 18)));
    const QRect box(centre.x() - side / 2, centre.y() - side / 2, side, side);
    p.drawRect(box);
    QFont f(QStringLiteral("Noto Serif CJK JP"));
    f.setPixelSize(side * 2 / 5);
    f.setBold(true);
    p.setFont(f);
    const QString head = (from.ward.isEmpty() ? from.city : from.ward).left(2);
    const QString text = head + u("長印");
    for (int i = 0; i < 4; ++i)
        p.drawText(QRect(box.left() + (1 - i / 2) * side / 2, box.top() + (i % 2) * side / 2, side / 2, side / 2),
            Qt::AlignCenter, QString(text[i]));
    p.restore();
}

// Draws the page; false when it ran off the sheet at this scale.
bool layOut(QImage& page, const Style& s, const Content& c, Rng r, QJsonObject* where)
{
    page = QImage(s.page, QImage::Format_RGB32);
    page.fill(QColor(255, 255, 253));
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    Canvas cv {p, s};
    if (s.tint)
        drawTint(p, s, r);
    const int W = s.page.width();
    const int left = cv.px(110 + r.below(50));
    const int right = W - left;
    int y = cv.px(90 + r.below(60));

    // Title
    const QString titles[] = {u("転出証明書"), u("転　出　証　明　書"), u("転 出 証 明 書")};
    QFont tf = cv.font(56 + r.below(16));
    tf.setBold(r.chance(0.3));
    if (r.chance(0.3))
        tf.setLetterSpacing(QFont::AbsoluteSpacing, cv.px(20));
    p.setFont(tf);
    p.setPen(s.ink);
    const int titleH = QFontMetrics(tf).height();
    p.drawText(QRect(0, y, W, titleH), r.chance(0.8) ? Qt::AlignHCenter : Qt::AlignLeft | Qt::AlignVCenter,
        titles[r.below(3)]);
    y += titleH + cv.px(40 + r.below(40));
    const double body = 30 + r.below(6);
    const int rowH = cv.px(body * 2.1);

    // The household's facts.
    const auto householdLine = [&](const QString& label, const QString& value, int labelW) {
        const QRect lab(left, y, labelW, rowH), val(left + labelW, y, right - left - labelW, rowH);
        if (s.householdAsTable) {
            cv.shade(lab);
            cv.box(lab);
            cv.box(val);
        }
        cv.label(lab.adjusted(cv.px(12), 0, -cv.px(8), 0), label, body);
        cv.fitted(val.adjusted(cv.px(16), 0, -cv.px(10), 0), value, body);
        y += rowH + (s.householdAsTable ? 0 : cv.px(8));
    };
    const int hLabelW = cv.px(250 + r.below(80));
    const QStringList hLabels = {s.labels.value(u("previous")), s.labels.value(u("head")),
        s.labels.value(u("destination")), s.labels.value(u("move"))};
    const QString addrPrev = s.digits == Digits::FullWidth ? fullWidth(c.t.previousAddress) : c.t.previousAddress;
    const QString addrDest = s.digits == Digits::FullWidth ? fullWidth(c.t.destinationAddress) : c.t.destinationAddress;
    const QStringList hValues = {addrPrev, c.t.householdHead, addrDest, s.date.format(c.t.plannedMoveDate)};
    const QString honseki = s.digits == Digits::FullWidth ? fullWidth(c.t.honseki) : c.t.honseki;
    const auto honsekiBlock = [&] {
        householdLine(s.labels.value(u("honseki")), honseki, hLabelW);
        householdLine(s.labels.value(u("hittousha")), c.t.hittousha, hLabelW);
    };
    for (int i : s.householdOrder)
        householdLine(hLabels[i], hValues[i], hLabelW);
    if (!s.honsekiBelow)
        honsekiBlock();
    y += cv.px(40 + r.below(30));

    // The members.
    QList<Field> fields = s.memberOrder;
    if (s.ruby)
        fields.removeAll(Kana);
    const int n = int(c.members.size());
    const double small = body * 0.85;
    if (s.orientation == u("rows")) {
        // A header row of labels, a row per member slot.
        QList<int> widths;
        for (Field f : fields) {
            const int base[] = {300, 300, 360, 80, 150, 270};
            widths << base[f];
        }
        const int total = std::accumulate(widths.begin(), widths.end(), 0);
        const int avail = right - left;
        int x = left;
        const int headH = cv.px(small * 2.2);
        const int memberH = cv.px(small * (s.ruby ? 3.0 : 2.3));
        QList<int> xs;
        for (int w : widths) {
            xs << x;
            x += w * avail / total;
        }
        xs << right;
        for (int k = 0; k < fields.size(); ++k) {
            const QRect h(xs[k], y, xs[k + 1] - xs[k], headH);
            cv.shade(h);
            cv.box(h);
            cv.label(h.adjusted(cv.px(8), 0, -cv.px(6), 0), fieldLabel(s, fields[k]), small);
        }
        if (s.ruling == 2)
            cv.p.setPen(QPen(QColor(60, 60, 60), std::max(1, cv.px(2)))),
                cv.p.drawLine(left, y + headH, right, y + headH);
        y += headH;
        for (int slot = 0; slot < s.slotCount; ++slot) {
            for (int k = 0; k < fields.size(); ++k) {
                const QRect cell(xs[k], y, xs[k + 1] - xs[k], memberH);
                cv.box(cell);
                if (slot >= n)
                    continue;
                const QRect in = cell.adjusted(cv.px(8), 0, -cv.px(6), 0);
                if (fields[k] == Name && s.ruby)
                    cv.rubyName(in, c.members[slot], small);
                else
                    cv.fitted(in, memberValue(s, c.members[slot].m, fields[k]), small);
            }
            y += memberH;
        }
    } else if (s.orientation == u("columns")) {
        // A header column of labels, a column per member slot; four slotCount a table.
        for (int first = 0; first < std::max(n, 1); first += 4) {
            const int slotCount = std::min(4, std::max(s.slotCount - first, n - first));
            const int labelW = cv.px(230);
            const int colW = (right - left - labelW) / std::max(slotCount, 2);
            for (Field f : fields) {
                const int h = cv.px(small * (f == Name && s.ruby ? 2.9 : 2.2));
                const QRect lab(left, y, labelW, h);
                cv.shade(lab);
                cv.box(lab);
                cv.label(lab.adjusted(cv.px(10), 0, -cv.px(6), 0), fieldLabel(s, f), small);
                for (int k = 0; k < slotCount; ++k) {
                    const QRect cell(left + labelW + k * colW, y, colW, h);
                    cv.box(cell);
                    if (first + k >= n)
                        continue;
                    const QRect in = cell.adjusted(cv.px(10), 0, -cv.px(8), 0);
                    if (f == Name && s.ruby)
                        cv.rubyName(in, c.members[first + k], small);
                    else
                        cv.fitted(in, memberValue(s, c.members[first + k].m, f), small);
                }
                y += h;
            }
            y += cv.px(30);
        }
    } else {
        // Label-value lines, a block per member.
        const int labelW = cv.px(260 + r.below(60));
        const bool numbered = r.chance(0.5);
        for (int k = 0; k < n; ++k) {
            if (numbered) {
                cv.fitted(QRect(left, y, right - left, cv.px(small * 1.8)),
                    u("（") + number(k + 1, s.digits == Digits::Kanji ? Digits::Ascii : s.digits) + u("）"), small);
                y += cv.px(small * 1.8);
            }
            for (Field f : fields) {
                const int h = cv.px(small * (f == Name && s.ruby ? 2.6 : 1.9));
                const QRect lab(left + cv.px(30), y, labelW, h),
                    val(left + cv.px(30) + labelW, y, right - left - labelW - cv.px(30), h);
                if (s.householdAsTable) {
                    cv.shade(lab);
                    cv.box(lab);
                    cv.box(val);
                }
                cv.label(lab.adjusted(cv.px(8), 0, 0, 0), fieldLabel(s, f), small);
                const QRect in = val.adjusted(cv.px(12), 0, -cv.px(8), 0);
                if (f == Name && s.ruby)
                    cv.rubyName(in, c.members[k], small);
                else
                    cv.fitted(in, memberValue(s, c.members[k].m, f), small);
                y += h;
            }
            y += cv.px(24);
        }
    }
    y += cv.px(30);
    if (s.honsekiBelow) {
        honsekiBlock();
        y += cv.px(30);
    }

    // Certification, date and issuer, then the city's notice.
    const QString certifications[] = {u("上記のとおり相違ないことを証明する。"), u("上記のとおり転出を証明します。"),
        u("この写しは、住民基本台帳の原本と相違ないことを証明する。")};
    const int lineH = cv.px(body * 1.9);
    cv.fitted(QRect(left, y, right - left, lineH), certifications[r.below(3)], body);
    y += lineH + cv.px(20);
    const QString issued = s.date.format(c.t.issuedOn);
    cv.fitted(QRect(left + cv.px(60), y, right - left, lineH), r.chance(0.3) ? u("交付日　") + issued : issued, body);
    y += lineH + cv.px(30);
    QFont issuerFont = cv.font(body * 1.1);
    const QString issuerLine = c.t.issuer + u("　") + c.mayor;
    const int issuerW = QFontMetrics(issuerFont).horizontalAdvance(issuerLine);
    const int issuerX = std::max(left, right - issuerW - cv.px(120));
    cv.fitted(QRect(issuerX, y, right - issuerX, lineH), issuerLine, body * 1.1);
    if (s.seal)
        drawSeal(p, QPoint(std::min(right - cv.px(40), issuerX + issuerW + cv.px(20)), y + lineH / 2),
            cv.px(120 + r.below(40)), c.from);
    y += lineH + cv.px(20);
    if (s.notice) {
        const QString notes[]
            = {u("※この証明書は、転入届の際に必要です。転入届は、新しい住所に住み始めてから14日以内にしてください。"),
                u("（注意）この証明書の有効期限はありません。紛失した場合は再交付を申請してください。")};
        const int noteH = cv.px(body * 1.6);
        const int noteY = std::max(y, s.page.height() - cv.px(60) - noteH);
        cv.fitted(QRect(left, noteY, right - left, noteH), notes[r.below(2)], body * 0.7);
        y = noteY + noteH;
    }
    p.end();
    if (where)
        where->insert(QStringLiteral("bottom_px"), y);
    return y < s.page.height() - cv.px(30);
}

} // namespace

QString degradationKey(Degradation d)
{
    switch (d) {
    case Degradation::Clean: return QStringLiteral("clean");
    case Degradation::Scan: return QStringLiteral("scan");
    case Degradation::Camera: return QStringLiteral("camera");
    }
    return {};
}

QStringList fonts()
{
    static const QStringList wanted
        = {QStringLiteral("BIZ UDMincho"), QStringLiteral("BIZ UDGothic"), QStringLiteral("IPAexMincho"),
            QStringLiteral("IPAexGothic"), QStringLiteral("VL Gothic"), QStringLiteral("Sawarabi Gothic"),
            QStringLiteral("HanaMinA"), QStringLiteral("TakaoMincho"), QStringLiteral("MotoyaLCedar"),
            QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Serif CJK JP"), QStringLiteral("IPAMincho")};
    const QStringList installed = QFontDatabase::families();
    QStringList out;
    for (const QString& f : wanted)
        if (installed.contains(f))
            out << f;
    return out;
}

Page draw(quint32 seed)
{
    Rng r {QRandomGenerator(seed * 2654435761u + 17)};
    Style s;
    const QStringList faces = fonts();
    s.font = faces.isEmpty() ? QStringLiteral("Noto Sans CJK JP") : r.pick(faces);
    const bool b5 = r.chance(0.3);
    s.page = b5 ? QSize(1433, 2024) : QSize(1654, 2339);
    s.digits = r.pick(QList<Digits> {Digits::Ascii, Digits::Ascii, Digits::FullWidth, Digits::Kanji});
    s.date.digits = s.digits;
    s.date.gannen = r.chance(0.7);
    s.date.padded = s.digits != Digits::Kanji && r.chance(0.3);
    Content c = content(r, s.digits);
    s.labelSpacing = r.below(3);
    s.colon = r.chance(0.2);
    s.shadeLabels = r.chance(0.3);
    s.ruling = r.pick(QList<int> {0, 0, 1, 2});
    s.orientation = r.pick(QList<QString> {u("rows"), u("columns"), u("blocks")});
    // Long households go on rows or on several tables of columns, not on blocks of lines.
    if (c.members.size() > 4 && s.orientation == u("blocks"))
        s.orientation = r.chance(0.5) ? u("rows") : u("columns");
    s.ruby = r.chance(0.4);
    const int n = int(c.members.size());
    s.slotCount = r.chance(0.5) ? std::max(n, 4) : n;
    if (s.orientation == u("rows") && n > 4)
        s.slotCount = r.chance(0.5) ? 8 : n;
    s.householdAsTable = r.chance(0.6);
    s.honsekiBelow = r.chance(0.4);
    s.householdOrder = {0, 1, 2, 3};
    if (r.chance(0.6))
        std::shuffle(s.householdOrder.begin(), s.householdOrder.end(), r.g);
    s.memberOrder = {Name, Kana, Birth, SexField, Relation, Code};
    if (r.chance(0.5))
        std::shuffle(s.memberOrder.begin() + 2, s.memberOrder.end(), r.g);
    if (r.chance(0.2))
        s.memberOrder.move(s.memberOrder.indexOf(Code), 0);
    const auto choose = [&](const char* key, const QList<const char*>& options) {
        s.labels.insert(QLatin1String(key), u(options[r.below(int(options.size()))]));
    };
    choose("previous", {"住所", "旧住所", "前住所", "住所"});
    choose("head", {"世帯主", "世帯主氏名", "世帯主の氏名"});
    choose("destination", {"転出先", "新住所", "転出先住所", "転出先"});
    choose("move", {"転出予定日", "転出予定年月日", "異動予定日", "転出予定年月日"});
    choose("honseki", {"本籍"});
    choose("hittousha", {"筆頭者", "筆頭者氏名"});
    choose("name", {"氏名", "氏名", "名前"});
    choose("kana", {"フリガナ", "ふりがな", "フリガナ"});
    choose("birth", {"生年月日"});
    choose("sex", {"性別", "男女", "男女の別", "性別"});
    choose("relation", {"続柄", "世帯主との続柄", "続柄"});
    choose("code", {"住民票コード"});
    s.tint = r.chance(0.3);
    s.tintColour = r.pick(QList<QColor> {QColor(222, 238, 226), QColor(222, 230, 244), QColor(244, 226, 232)});
    s.seal = r.chance(0.5);
    s.notice = r.chance(0.5);
    if (r.chance(0.15))
        s.ink = QColor(30, 30, 70);

    Page out;
    QJsonObject where;
    for (s.scale = 1.0; s.scale > 0.5; s.scale *= 0.92)
        if (layOut(out.image, s, c, r, &where))
            break;
    out.truth = c.t;
    out.traits = QJsonObject {{QStringLiteral("layout"), s.orientation}, {QStringLiteral("font"), s.font},
        {QStringLiteral("page"), b5 ? QStringLiteral("B5") : QStringLiteral("A4")}, {QStringLiteral("members"), n},
        {QStringLiteral("slots"), s.slotCount}, {QStringLiteral("ruby"), s.ruby},
        {QStringLiteral("label_spacing"), s.labelSpacing}, {QStringLiteral("ruling"), s.ruling},
        {QStringLiteral("household_table"), s.householdAsTable}, {QStringLiteral("honseki_below"), s.honsekiBelow},
        {QStringLiteral("tint"), s.tint}, {QStringLiteral("seal"), s.seal}, {QStringLiteral("notice"), s.notice},
        {QStringLiteral("digits"), int(s.digits)}, {QStringLiteral("scale"), s.scale},
        {QStringLiteral("labels"), QJsonObject::fromVariantMap([&] {
             QVariantMap m;
             for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                 m.insert(it.key(), it.value());
             return m;
         }())}};
    return out;
}

namespace {
QImage jpeg(const QImage& img, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}
} // namespace

QImage degrade(const QImage& page, Degradation d, quint32 seed)
{
    if (d == Degradation::Clean)
        return page;
    Rng r {QRandomGenerator(seed * 40503u + 3)};
    if (d == Degradation::Scan) {
        QImage out(page.size(), QImage::Format_RGB32);
        out.fill(Qt::white);
        {
            QPainter p(&out);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.translate(out.width() / 2.0, out.height() / 2.0);
            p.rotate(r.between(-1.2, 1.2));
            p.translate(-out.width() / 2.0 + r.between(-15, 15), -out.height() / 2.0 + r.between(-15, 15));
            p.drawImage(0, 0, page);
        }
        // A lower-resolution scanner, brought back to the page's size.
        if (r.chance(0.4)) {
            const double f = r.between(0.6, 0.8);
            out = out.scaled(out.size() * f, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .scaled(page.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        // The lid not quite shut: light falls off from one edge to the other.
        const double angle = r.between(0, 2 * M_PI);
        const double dx = std::cos(angle), dy = std::sin(angle);
        const double strength = r.between(0.25, 0.5);
        const bool grey = r.chance(0.6);
        const int noise = 10 + r.below(25);
        const double W = out.width(), H = out.height();
        for (int y = 0; y < out.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
            for (int x = 0; x < out.width(); ++x) {
                const double t = ((x / W - 0.5) * dx + (y / H - 0.5) * dy) + 0.5; // 0..1 roughly
                const double light = 1.0 - strength * std::clamp(t, 0.0, 1.0);
                const int n = int(r.g.bounded(2 * noise + 1)) - noise;
                int red = int(qRed(line[x]) * light) + n, green = int(qGreen(line[x]) * light) + n,
                    blue = int(qBlue(line[x]) * light) + n;
                if (grey)
                    red = green = blue = (red * 11 + green * 16 + blue * 5) / 32;
                line[x] = qRgb(std::clamp(red, 0, 255), std::clamp(green, 0, 255), std::clamp(blue, 0, 255));
            }
        }
        return r.chance(0.5) ? jpeg(out, 70 + r.below(20)) : out;
    }
    // Camera: a document camera or a phone over a desk; the page fills only part of it.
    const bool portrait = r.chance(0.6);
    const int W = portrait ? 2448 : 3264, H = portrait ? 3264 : 2448;
    QImage out(W, H, QImage::Format_RGB32);
    const QColor desk
        = r.pick(QList<QColor> {QColor(95, 80, 65), QColor(60, 62, 70), QColor(150, 140, 125), QColor(40, 40, 40)});
    out.fill(desk);
    {
        QPainter p(&out);
        for (int k = 0; k < 40; ++k) { // grain of the desk
            p.setPen(QPen(desk.lighter(95 + r.below(20)), 3 + r.below(8)));
            const int y0 = r.below(H);
            p.drawLine(0, y0, W, y0 + r.below(200) - 100);
        }
    }
    const double fill = r.between(0.6, 0.95); // the page's height as a share of the frame's
    const double ph = H * fill, pw = ph * page.width() / page.height();
    const double cx = W / 2.0 + r.between(-0.7, 0.7) * std::max(0.0, (W - pw) / 2 - 60);
    const double cy = H / 2.0 + r.between(-0.7, 0.7) * std::max(0.0, (H - ph) / 2 - 60);
    const double rot = r.between(-8, 8) * M_PI / 180;
    QPolygonF to;
    const QPointF corners[] = {{-pw / 2, -ph / 2}, {pw / 2, -ph / 2}, {pw / 2, ph / 2}, {-pw / 2, ph / 2}};
    const double tilt = r.between(-0.05, 0.05); // seen from the side: one edge shorter
    for (int k = 0; k < 4; ++k) {
        QPointF c = corners[k];
        c.rx() *= 1 + (c.y() < 0 ? tilt : -tilt);
        c += QPointF(r.between(-0.01, 0.01) * pw, r.between(-0.01, 0.01) * ph);
        to << QPointF(
            cx + c.x() * std::cos(rot) - c.y() * std::sin(rot), cy + c.x() * std::sin(rot) + c.y() * std::cos(rot));
    }
    const QPolygonF from {
        QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()), QPointF(0, page.height())};
    QTransform warp;
    QTransform::quadToQuad(from, to, warp);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(warp);
        p.drawImage(0, 0, page);
    }
    const double blur = r.between(0.55, 0.8);
    out = out.scaled(int(W * blur), int(H * blur), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
              .scaled(W, H, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Uneven light, a warm or cool cast, and sensor noise.
    const double lx = r.between(0, W), ly = r.between(0, H);
    const double fall = r.between(0.2, 0.45);
    const double warm = r.between(0.95, 1.05);
    for (int y = 0; y < H; ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < W; ++x) {
            const double light = 1.0 - fall * std::hypot(x - lx, y - ly) / std::hypot(W, H);
            const int n = int(r.g.bounded(13)) - 6;
            line[x] = qRgb(std::clamp(int(qRed(line[x]) * light * warm) + n, 0, 255),
                std::clamp(int(qGreen(line[x]) * light) + n, 0, 255),
                std::clamp(int(qBlue(line[x]) * light / warm) + n, 0, 255));
        }
    }
    return jpeg(out, 65 + r.below(25));
}

} // namespace mdg::layoutgen
