#include "PreEntryV2.h"

#include "crosscheck/Municipalities.h"

#include <QCborArray>
#include <array>

namespace mdg::preentry_v2 {

namespace {
constexpr std::array<const char*, 4> CertificateTypes {
    "residence_record", "seal_registration", "residence_record_extract", "family_register_attachment"};

QCborValue date(const QDate& d)
{
    return qint64(d.year()) * 10000 + d.month() * 100 + d.day();
}

std::optional<QDate> dateFrom(const QCborValue& v)
{
    if (v.isUndefined())
        return QDate();
    if (!v.isInteger() || v.toInteger() <= 0)
        return std::nullopt;
    const qint64 n = v.toInteger();
    const QDate d(int(n / 10000), int(n / 100 % 100), int(n % 100));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QCborValue address(const QString& text)
{
    const Locality loc = Municipalities::instance().locate(text);
    // The list names no counties: an address written with one (愛甲郡愛川町) travels whole, so
    // the resident's words come back as written.
    if (loc.codes.size() != 1 || !loc.county.isEmpty())
        return QCborArray {0, text};
    return QCborArray {loc.codes.first().toLongLong(), text.mid(loc.length)};
}

std::optional<QString> addressFrom(const QCborValue& v)
{
    if (v.isUndefined())
        return QString();
    const QCborArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isInteger() || !a[1].isString())
        return std::nullopt;
    if (a[0].toInteger() == 0)
        return a[1].toString();
    const QString place
        = Municipalities::instance().nameOf(QStringLiteral("%1").arg(a[0].toInteger(), 6, 10, QLatin1Char('0')));
    if (place.isEmpty())
        return std::nullopt;
    return place + a[1].toString();
}

void putText(QCborMap& m, int key, const QString& value)
{
    if (!value.isEmpty())
        m.insert(key, value);
}
} // namespace

QCborMap toCompact(const PreEntry& p)
{
    QCborMap m {{1, 2}, {2, p.id.toRfc4122()}, {3, p.ref}, {4, p.issuedAt.toSecsSinceEpoch()},
        {5, p.expiresAt.toSecsSinceEpoch()}, {6, int(p.procedure) + 1}};
    if (p.detailInInbox) {
        m.insert(12, true);
        return m;
    }
    QCborMap applicant {{1, p.applicant.name}, {2, p.applicant.nameKana}};
    if (p.applicant.birthDate.isValid())
        applicant.insert(3, date(p.applicant.birthDate));
    putText(applicant, 4, p.applicant.phone);
    m.insert(7, applicant);

    QCborMap move;
    if (p.move.date.isValid())
        move.insert(1, date(p.move.date));
    const std::array<const QString*, 3> addresses {
        &p.move.previousAddress, &p.move.newAddress, &p.move.destinationAddress};
    for (int i = 0; i < 3; ++i)
        if (!addresses[size_t(i)]->isEmpty())
            move.insert(2 + i, address(*addresses[size_t(i)]));
    const auto head = std::find_if(
        p.members.cbegin(), p.members.cend(), [&](const Person& x) { return x.name == p.move.householdHead; });
    if (head != p.members.cend())
        move.insert(5, qint64(head - p.members.cbegin()));
    else
        putText(move, 5, p.move.householdHead);
    m.insert(8, move);

    QCborArray members;
    for (const Person& x : p.members) {
        QCborMap j {
            {1, x.name}, {2, x.nameKana}, {3, date(x.birthDate)}, {4, x.sex == Sex::Male ? 1 : 2}, {5, x.relationship}};
        putText(j, 6, x.nationality);
        bool digits = x.residentCode.size() == 11;
        const qint64 code = x.residentCode.toLongLong(&digits);
        if (digits && x.residentCode.size() == 11)
            j.insert(7, code);
        else
            putText(j, 7, x.residentCode); // not 11 digits: kept as entered, for the clerk to see
        members.append(j);
    }
    m.insert(9, members);
    QCborArray certificates;
    for (const auto& c : p.certificates) {
        const auto known = std::find_if(CertificateTypes.cbegin(), CertificateTypes.cend(),
            [&](const char* t) { return c.type == QLatin1String(t); });
        certificates.append(
            QCborArray {known != CertificateTypes.cend() ? QCborValue(qint64(known - CertificateTypes.cbegin()) + 1)
                                                         : QCborValue(c.type),
                c.copies});
    }
    if (!certificates.isEmpty())
        m.insert(10, certificates);
    if (!p.answers.isEmpty())
        m.insert(11, QCborMap::fromJsonObject(p.answers));
    return m;
}

Result<PreEntry> fromCompact(const QCborMap& m)
{
    const auto fail = [](const QString& why) { return Result<PreEntry>::failure(ErrorCode::Invalid, why); };
    PreEntry p;
    p.version = PreEntry::CurrentVersion;
    const QByteArray id = m.value(2).toByteArray();
    p.id = id.size() == 16 ? QUuid::fromRfc4122(id) : QUuid();
    if (p.id.isNull())
        return fail(QStringLiteral("2 (id) is not a 16-byte UUID"));
    p.ref = m.value(3).toString();
    if (!m.value(4).isInteger() || !m.value(5).isInteger())
        return fail(QStringLiteral("4 and 5 (iat, exp) must be seconds since the epoch"));
    p.issuedAt = QDateTime::fromSecsSinceEpoch(m.value(4).toInteger()).toUTC();
    p.expiresAt = QDateTime::fromSecsSinceEpoch(m.value(5).toInteger()).toUTC();
    const qint64 procedure = m.value(6).toInteger();
    if (procedure < 1 || procedure > 4)
        return fail(QStringLiteral("6 (procedure) must be 1 to 4"));
    p.procedure = Procedure(procedure - 1);
    if (m.value(12).toBool()) {
        p.detailInInbox = true;
        return p;
    }

    const QCborMap a = m.value(7).toMap();
    p.applicant.name = a.value(1).toString();
    p.applicant.nameKana = a.value(2).toString();
    p.applicant.phone = a.value(4).toString();
    const auto applicantBirth = dateFrom(a.value(3));
    if (!applicantBirth)
        return fail(QStringLiteral("7.3 (applicant birth date) is not a YYYYMMDD date"));
    p.applicant.birthDate = *applicantBirth;

    const QCborMap mv = m.value(8).toMap();
    const auto moveDate = dateFrom(mv.value(1));
    if (!moveDate)
        return fail(QStringLiteral("8.1 (move date) is not a YYYYMMDD date"));
    p.move.date = *moveDate;
    const std::array<QString*, 3> addresses {&p.move.previousAddress, &p.move.newAddress, &p.move.destinationAddress};
    for (int i = 0; i < 3; ++i) {
        const auto text = addressFrom(mv.value(2 + i));
        if (!text)
            return fail(QStringLiteral("8.%1 (address) is not [a known municipality code, text]").arg(2 + i));
        *addresses[size_t(i)] = *text;
    }

    const QCborArray ms = m.value(9).toArray();
    for (qsizetype i = 0; i < ms.size(); ++i) {
        const QCborMap j = ms.at(i).toMap();
        const QString where = QStringLiteral("9[%1].").arg(i);
        Person x;
        x.name = j.value(1).toString();
        if (x.name.isEmpty())
            return fail(where + QStringLiteral("1 (name) is missing"));
        x.nameKana = j.value(2).toString();
        const auto birth = dateFrom(j.value(3));
        if (!birth || !birth->isValid())
            return fail(where + QStringLiteral("3 (birth date) is not a YYYYMMDD date"));
        x.birthDate = *birth;
        const qint64 sex = j.value(4).toInteger();
        if (sex != 1 && sex != 2)
            return fail(where + QStringLiteral("4 (sex) must be 1 or 2"));
        x.sex = sex == 1 ? Sex::Male : Sex::Female;
        x.relationship = j.value(5).toString();
        x.nationality = j.value(6).toString();
        const QCborValue code = j.value(7);
        x.residentCode
            = code.isInteger() ? QStringLiteral("%1").arg(code.toInteger(), 11, 10, QLatin1Char('0')) : code.toString();
        p.members << x;
    }
    const QCborValue head = mv.value(5);
    if (head.isInteger()) {
        if (head.toInteger() < 0 || head.toInteger() >= p.members.size())
            return fail(QStringLiteral("8.5 (household head) is no member's index"));
        p.move.householdHead = p.members.at(head.toInteger()).name;
    } else {
        p.move.householdHead = head.toString();
    }

    for (const QCborValue& v : m.value(10).toArray()) {
        const QCborArray c = v.toArray();
        const QCborValue type = c.at(0);
        QString key = type.toString();
        if (type.isInteger()) {
            if (type.toInteger() < 1 || type.toInteger() > qint64(CertificateTypes.size()))
                return fail(QStringLiteral("10 (certificate type) must be 1 to 4"));
            key = QString::fromLatin1(CertificateTypes[size_t(type.toInteger() - 1)]);
        }
        p.certificates << PreEntry::CertificateRequest {key, int(c.at(1).toInteger(1))};
    }
    p.answers = m.value(11).toMap().toJsonObject();
    return p;
}

} // namespace mdg::preentry_v2
