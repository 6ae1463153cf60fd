#include "CardCheck.h"

namespace mdg::card {

TransferOutCertificate asCertificate(const BasicFacts& facts)
{
    TransferOutCertificate c;
    c.source = TransferOutCertificate::Source::MyNumberCard;
    c.previousAddress = facts.address;
    c.members = {{facts.name, {}, facts.birthDate, facts.sex, {}, {}}};
    c.markEveryValueSure();
    return c;
}

QList<Finding> compareWithEntry(const BasicFacts& facts, const Household& entered)
{
    static const QStringList carried {QStringLiteral("members[0].name"), QStringLiteral("members[0].birth_date"),
        QStringLiteral("members[0].sex"), QStringLiteral("previous_address")};
    QList<Finding> out;
    for (const Finding& f : CrossCheck::compare(entered, asCertificate(facts)))
        if (carried.contains(f.certificateKey) || (f.certificateKey.isEmpty() && carried.contains(f.field)))
            out << f;
    return out;
}

} // namespace mdg::card
