import type { Knex } from "knex";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";
import type { RateRule } from "./settings.js";

/** Where counters live: PostgreSQL (shared by every API replica) or this process (the embedded database). */
export type CounterLocation = { readonly kind: "memory" } | { readonly kind: "postgres"; readonly knex: Knex };

export const COUNTER_TABLE = "rate_limits";

/** Makes limiters for one store; the PostgreSQL table is created on first use (and retried after a failure). */
export class CounterStore {
  private table: Promise<void> | null = null;

  constructor(private readonly location: CounterLocation) {}

  create(name: string, rule: RateRule): RateLimiterAbstract {
    const options = { keyPrefix: name, points: rule.points, duration: rule.durationSeconds };
    if (this.location.kind === "memory") return new RateLimiterMemory(options);
    // When PostgreSQL is unreachable the counters fall back to this process, so limits keep holding per replica.
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.location.knex,
      storeType: "knex",
      tableName: COUNTER_TABLE,
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /** Creates the counters table once per process (a cache, not business data: it lives outside the migrations). */
  ready(): Promise<void> {
    if (this.location.kind === "memory") return Promise.resolve();
    const { knex } = this.location;
    this.table ??= knex
      .raw(
        `create table if not exists ${COUNTER_TABLE} (key varchar(255) primary key, points integer not null default 0, expire bigint)`,
      )
      .then(
        () => undefined,
        // Unreachable, or created at the same moment by another replica: tried again on next use; meanwhile each
        // limiter counts in memory (its insurance limiter).
        () => {
          this.table = null;
        },
      );
    return this.table;
  }
}
