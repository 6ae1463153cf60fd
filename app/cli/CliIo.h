#pragma once

#include <QImage>
#include <QJsonObject>
#include <QTextStream>

namespace mdg::cli {

QTextStream& out();
QTextStream& err();
void printJson(const QJsonObject& o); // one compact line on stdout

int seed(const QStringList& args);
int qr(const QStringList& args);
int bench(const QStringList& args);
int ocr(const QStringList& args);
int crosscheck(const QStringList& args);
void benchCrosscheck(int households);
void benchGlyphs();
void benchRegister(qint64 population);
void benchSync(int events, QString central);
int simulate(const QStringList& args);
void benchDashboard(int runs, const QString& store);
QImage loadDocumentImage(const QString& path, QString* error);

} // namespace mdg::cli
