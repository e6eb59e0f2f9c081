/* lt-store.c: placeholder until the store lands (issue 3) */
#include "lt-store.h"
