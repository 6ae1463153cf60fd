// `madoguchi-cli bench register`: the local register at the city's size, searched as the
// counter searches it.
#include "CliIo.h"
#include "connectors/LocalRegister.h"
#include "connectors/PopulationGenerator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>

namespace mdg::cli {

void benchRegister(qint64 population)
{
    QTemporaryDir dir;
    LocalRegister reg(dir.filePath(QStringLiteral("register.sqlite")));
    if (const auto opened = reg.open(); !opened) {
        err() << "bench register: " << opened.error() << '\n';
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!generateKawasakiPopulation(reg, population, 20230201)) {
        err() << "bench register: seeding failed\n";
        return;
    }
    const double seedMs = double(timer.elapsed());
    printJson({{QStringLiteral("bench"), QStringLiteral("register_seed")}, {QStringLiteral("residents"), reg.count()},
        {QStringLiteral("elapsed_ms"), seedMs},
        {QStringLiteral("residents_per_s"), double(population) / std::max(1.0, seedMs) * 1000.0}});

    const auto measure = [&](const char* name, const QList<PersonQuery>& queries) {
        QList<double> ms;
        qint64 hits = 0;
        for (int round = 0; round < 5; ++round) {
            for (const PersonQuery& q : queries) {
                QElapsedTimer t;
                t.start();
                const auto r = reg.searchPersons(q);
                ms << double(t.nsecsElapsed()) / 1e6;
                hits += r ? r.value().size() : 0;
            }
        }
        std::sort(ms.begin(), ms.end());
        printJson({{QStringLiteral("bench"), QStringLiteral("register")}, {QStringLiteral("kind"), QLatin1String(name)},
            {QStringLiteral("queries"), int(ms.size())}, {QStringLiteral("hits"), hits},
            {QStringLiteral("p50_ms"), ms[ms.size() / 2]},
            {QStringLiteral("p99_ms"), ms[qsizetype(0.99 * double(ms.size() - 1))]}});
    };
    QList<PersonQuery> kana, name, born, address, kanaBorn;
    for (const char* k : {"タカハシ", "さとう　け", "ヤマダ　ハナ", "イノウエ", "ワタナベ　シ", "コバヤシ　ユ"}) {
        PersonQuery q;
        q.kanaPrefix = QString::fromUtf8(k);
        kana << q;
    }
    for (const char* n : {"高橋　健一", "佐藤花子", "渡辺 直樹", "山﨑　翔", "長谷川　陽菜", "健太郎"}) {
        PersonQuery q;
        q.name = QString::fromUtf8(n);
        name << q;
    }
    for (int i = 0; i < 6; ++i) {
        PersonQuery q;
        q.birthDate = QDate(1950 + i * 11, 1 + i, 3 + i * 4);
        q.name = QStringLiteral("佐藤　花子");
        born << q;
        PersonQuery a;
        a.address = QStringList {QStringLiteral("小杉町三丁目"), QStringLiteral("溝口"), QStringLiteral("宮前平"),
            QStringLiteral("登戸"), QStringLiteral("川崎区砂子"), QStringLiteral("百合丘")}[i];
        a.kanaPrefix = QStringLiteral("タ");
        address << a;
        // The counter's usual search: the first characters of the reading and the birth date.
        PersonQuery k;
        k.kanaPrefix = QStringList {QStringLiteral("サトウ"), QStringLiteral("タカ"), QStringLiteral("ヤマ"),
            QStringLiteral("スズキ　イ"), QStringLiteral("ワ"), QStringLiteral("コバヤシ")}[i];
        k.birthDate = QDate(1948 + i * 12, 12 - i, 28 - i * 4);
        kanaBorn << k;
    }
    measure("kana_prefix_and_birth_date", kanaBorn);
    measure("kana_prefix", kana);
    measure("name", name);
    measure("name_and_birth_date", born);
    measure("address_and_kana", address);
}

} // namespace mdg::cli
