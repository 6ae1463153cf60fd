#include "RegisterCheck.h"

#include <QSet>

namespace mdg {

TransferOutCertificate RegisterCheck::asCertificate(const QList<ResidentRecord>& household, const QString& registerName)
{
    TransferOutCertificate c;
    c.source = TransferOutCertificate::Source::ResidentRegister;
    c.issuer = registerName;
    const auto head = std::find_if(household.cbegin(), household.cend(),
        [](const ResidentRecord& r) { return r.relationship == QStringLiteral("世帯主"); });
    const ResidentRecord& first = head != household.cend() ? *head : household.first();
    c.previousAddress = first.address;
    c.householdHead = first.name;
    const auto sure = [&c](const QString& key, const QString& text) {
        c.fields << TransferOutCertificate::Field {key, text, 1.0, {}};
    };
    sure(QStringLiteral("previous_address"), c.previousAddress);
    sure(QStringLiteral("household_head"), c.householdHead);
    for (qsizetype i = 0; i < household.size(); ++i) {
        const ResidentRecord& r = household[i];
        c.members << TransferOutCertificate::Member {
            r.name, r.nameKana, r.birthDate, r.sex, r.relationship, r.residentCode};
        const QString key = QStringLiteral("members[%1].").arg(i);
        sure(key + QStringLiteral("name"), r.name);
        sure(key + QStringLiteral("name_kana"), r.nameKana);
        sure(key + QStringLiteral("birth_date"), r.birthDate.toString(Qt::ISODate));
        sure(key + QStringLiteral("sex"), sexKey(r.sex));
        sure(key + QStringLiteral("relationship"), r.relationship);
        sure(key + QStringLiteral("resident_code"), r.residentCode);
    }
    return c;
}

Result<QList<ResidentRecord>> RegisterCheck::findHousehold(RecordsConnector& connector, const Household& entered)
{
    using R = Result<QList<ResidentRecord>>;
    if (entered.members.isEmpty())
        return R::failure(ErrorCode::Invalid, tr("The case has no members to look up in the resident register."));
    auto head = std::find_if(entered.members.cbegin(), entered.members.cend(),
        [](const Person& p) { return p.relationship == QStringLiteral("世帯主"); });
    const Person& who = head != entered.members.cend() ? *head : entered.members.first();
    PersonQuery q;
    q.name = who.name;
    q.birthDate = who.birthDate;
    q.limit = 5;
    const auto found = connector.searchPersons(q);
    if (!found)
        return R::failure(found.code() == ErrorCode::Unreachable ? ErrorCode::Unreachable : ErrorCode::Invalid,
            tr("The resident register cannot be reached: %1").arg(found.error()));
    QSet<QString> households;
    for (const ResidentRecord& r : found.value())
        households.insert(r.householdNo);
    if (households.isEmpty())
        return R::failure(ErrorCode::NotFound,
            tr("Nobody of this name and date of birth is registered here: look the household up by hand."));
    if (households.size() > 1)
        return R::failure(ErrorCode::Invalid,
            tr("Several registered households match the name and date of birth: choose the household by hand."));
    const auto members = connector.household(*households.cbegin());
    if (!members)
        return R::failure(
            ErrorCode::Unreachable, tr("The resident register cannot be reached: %1").arg(members.error()));
    return members.value();
}

Result<Case> RegisterCheck::run(CaseService& cases, const Actor& actor, const QUuid& id, RecordsConnector& connector)
{
    const auto c = cases.open(actor, id, AuditAction::CaseView);
    if (!c)
        return c;
    const auto household = findHousehold(connector, c->household);
    if (!household)
        return Result<Case>::failure(household);
    return cases.attachCertificate(actor, id, c->version, asCertificate(household.value(), connector.name()), {});
}

} // namespace mdg
