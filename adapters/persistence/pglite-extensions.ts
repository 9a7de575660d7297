import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The extensions the migrations create, loaded into every embedded PGlite: PGlite ships contrib modules as
 * separate bundles, so `CREATE EXTENSION pg_trgm` fails unless the bundle was handed to it at start.
 */
export const pgliteExtensions = { pg_trgm };
