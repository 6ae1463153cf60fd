#pragma once

#include "Guidance.h"
#include "domain/Result.h"

#include <QString>

// The guidance sheet handed to the resident: the related procedures in the order of the
// windows to visit, for whom, what to bring and by when, on one A4 page (more when a
// household brings many), in Japanese or English.
namespace mdg::guidance {

struct SheetHeading
{
    QString reference; // what the resident reads aloud at the next window
    int queueNumber = 0; // 0 when none
    QString headName;
};

// Writes the sheet as a PDF (needs a QGuiApplication for the fonts).
Result<void> writeSheet(const QString& pdfPath, const SheetHeading& heading, const PreEntry& entry,
    const QList<Item>& items, const QString& language);
// The same page as HTML, for printing through a printer the GUI chose.
QString sheetHtml(
    const SheetHeading& heading, const PreEntry& entry, const QList<Item>& items, const QString& language);

} // namespace mdg::guidance
