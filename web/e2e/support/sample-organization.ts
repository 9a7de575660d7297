import type { APIRequestContext } from "@playwright/test";
import { accessToken } from "./api.js";
import { e2eEnv } from "./env.js";
import { invitationPathFrom, waitForMailTo } from "./mail.js";
import { acceptInvitation, createOrganization, invite, organizationNamed, verifyEmailOf } from "./organizations.js";

const NAME = "Northwind Labs";
const PENDING = ["new.colleague@example.com", "alex.kim@example.com"] as const;

/**
 * The organisation the screenshots show: the first superuser owns it, Jane Doe (already seeded) is an admin, Sam
 * Rivera a member, and two invitations are pending.
 */
export async function seedSampleOrganization(request: APIRequestContext, ownerToken: string): Promise<void> {
  const organization = await createOrganization(request, ownerToken, NAME);
  const sam = { email: "sam.rivera@example.com", password: "sam-password-1" };
  await request.post(`${e2eEnv.baseUrl}/api/v1/private/users/`, { data: { ...sam, full_name: "Sam Rivera" } });
  const joining = [
    { user: { email: "jane.doe@example.com", password: "jane-password-1" }, role: "admin" as const },
    { user: sam, role: "member" as const },
  ];
  for (const { user, role } of joining) {
    await verifyEmailOf(request, user);
    const link = await invite(request, ownerToken, organization, user.email, role);
    await acceptInvitation(request, await accessToken(request, user.email, user.password), link);
  }
  await invite(request, ownerToken, organization, PENDING[0], "member");
  await invite(request, ownerToken, organization, PENDING[1], "admin");
}

/** `/orgs/{id}/settings` of the sample organisation (seeded by `seedSampleData`), with `?tab=` when given. */
export async function sampleOrganizationPath(request: APIRequestContext, tab = ""): Promise<string> {
  const token = await accessToken(request, e2eEnv.superuser.email, e2eEnv.superuser.password);
  const id = await organizationNamed(request, token, NAME);
  return `/orgs/${id}/settings${tab ? `?tab=${tab}` : ""}`;
}

/** The e-mailed link of a pending invitation to the sample organisation. */
export async function sampleInvitationPath(request: APIRequestContext): Promise<string> {
  return invitationPathFrom(await waitForMailTo(request, PENDING[0], `Invitation to join ${NAME}`));
}
