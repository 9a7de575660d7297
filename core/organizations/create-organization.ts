import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import { type MyOrganization, type Organization, slugCandidate, slugOf } from "./organization.js";

/** Enough tries to pass every organisation named the same; each try costs one insert that does nothing. */
const MAX_SLUG_TRIES = 1_000;

async function addWithFreeSlug({ organizations }: TransactionalRepositories, name: string): Promise<Organization> {
  const base = slugOf(name);
  for (let n = 1; n <= MAX_SLUG_TRIES; n += 1) {
    const added = await organizations.add({ name, slug: slugCandidate(base, n) });
    if (added) return added;
  }
  throw new Error(`no free slug for ${base}`);
}

/** Creates an organisation whose owner is the caller; its slug comes from the name, made unique. */
export class CreateOrganization {
  constructor(private readonly trail: AuditTrail) {}

  execute(actor: Actor, name: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<MyOrganization> {
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const organization = await addWithFreeSlug(repositories, name);
        await repositories.organizations.addMembership({
          organizationId: organization.id,
          userId: actor.id,
          role: "owner",
        });
        return { ...organization, role: "owner" as const };
      },
      async (organization, { users }) => ({
        action: "org.created",
        actor: await partyOf(users, actor.id),
        target: { type: "organization", id: organization.id },
        organizationId: organization.id,
        details: { name: organization.name },
      }),
    );
  }
}
