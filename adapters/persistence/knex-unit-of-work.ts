import type { Knex } from "knex";
import type { TransactionalRepositories, UnitOfWork } from "../../core/shared/unit-of-work.js";
import { ObjectionAuditLog } from "./audit/objection-audit-log.js";
import { ObjectionItemRepository } from "./items/objection-item-repository.js";
import { ObjectionSessionRepository } from "./objection-session-repository.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";

/** One knex transaction per unit: the repositories it hands out all write through it. */
export class KnexUnitOfWork implements UnitOfWork {
  constructor(private readonly knex: Knex) {}

  run<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    return this.knex.transaction((transaction) =>
      work({
        users: new ObjectionUserRepository(transaction),
        sessions: new ObjectionSessionRepository(transaction),
        audit: new ObjectionAuditLog(transaction),
        items: new ObjectionItemRepository(transaction),
        // resource-generator: transactional repositories
      }),
    );
  }
}
