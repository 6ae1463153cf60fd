// A service source that queries the store itself: the SQL check must refuse it.
#include "db/SqlUtil.h"
void count(QSqlDatabase db) { execSql(db, QStringLiteral("SELECT COUNT(*) FROM cases")); }
