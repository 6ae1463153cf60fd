// A service that catches the store's exception itself: the module check must refuse it.
#include "db/Database.h"
int count(Database& db)
{
    try {
        return 1;
    } catch (const DbError&) {
        return 0;
    }
}
