// A workstation writing cases as fast as it can, saying each one once its transaction is
// committed: the durability test kills it at a random moment and checks every case it
// acknowledged is in the store.
#include "../TestSupport.h"
#include "db/EventRepository.h"
#include "workflow/CaseService.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: burst_writer STORE\n");
        return 2;
    }
    mdg::Database db(QString::fromLocal8Bit(argv[1]));
    if (const auto opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const mdg::Actor clerk {mdg::StaffMember {QStringLiteral("burst"), QStringLiteral("burst"), QStringLiteral("Burst"),
                                {mdg::Role::Clerk}, true},
        QStringLiteral("ws-burst")};
    mdg::CaseService cases(db);
    for (;;) {
        auto c = cases.create(clerk, mdg::Procedure::MovingIn, mdg::test::twoMembers());
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error()));
            return 1;
        }
        auto moved = cases.changeStage(clerk, c->id, c->version, mdg::Stage::Entry);
        if (!moved)
            return 1;
        // Acknowledged: both changes are committed.
        std::printf("%s %d\n", qPrintable(c->id.toString(QUuid::WithoutBraces)), moved->version);
        std::fflush(stdout);
    }
}
