#pragma once

#include "domain/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QTextStream>

namespace mdg {
class Database;
struct Actor;
} // namespace mdg

namespace mdg::cli {

QTextStream& out();
QTextStream& err();
void printJson(const QJsonObject& o); // one compact line on stdout

int seed(const QStringList& args);
int qr(const QStringList& args);
int bench(const QStringList& args);
int ocr(const QStringList& args);
int crosscheck(const QStringList& args);
int guidance(const QStringList& args);
int kioskPin(const QStringList& args);
int audit(const QStringList& args);
void benchCrosscheck(int households);
void benchGlyphs();
void benchRegister(qint64 population);
void benchSync(int events, QString central);
// `events` changes in the outbox of `local`: half new cases, half a move of each to Entry,
// the mix a counter day sends. False when the store refuses one.
bool fillOutbox(Database& local, const Actor& clerk, int events);
void benchUi(QString central);
// The counter's path from the QR frame to the review queue, `perSet` cases per set of pages.
void benchCounter(int perSet);
double percentile(QList<double> v, double p); // nearest rank, p in 0..100
double round1(double x); // to two decimals, for JSON figures
// Runs a page generator (MADOGUCHI_CERTGEN, MADOGUCHI_LAYOUTGEN) into `dir`; false with a
// message when it is not built (release builds leave the tests out) or fails.
bool generatePages(const QString& generator, const QStringList& args, const QString& dir);
int simulate(const QStringList& args);
void benchDashboard(int runs, const QString& store);
void benchStaffing(const QString& store, const QList<int>& roster);
// An image file, refused before decoding when it holds more than `maxPixels`, so a hostile
// file cannot make us allocate gigabytes.
Result<QJsonObject> readJsonObject(const QString& path); // at most 8 MiB

} // namespace mdg::cli
