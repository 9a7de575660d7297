import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";
import { accessToken, type TestUser } from "./api.js";
import { e2eEnv } from "./env.js";
import { invitationPathFrom, verifyPathFrom, waitForMailTo } from "./mail.js";

type Role = "owner" | "admin" | "member";

const api = (path: string) => `${e2eEnv.baseUrl}/api/v1${path}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Proves a user's address the way they would: asks for a verification e-mail and posts its token. */
export async function verifyEmailOf(request: APIRequestContext, user: Pick<TestUser, "email" | "password">) {
  const token = await accessToken(request, user.email, user.password);
  await ok(await request.post(api("/users/me/verification-email"), { headers: bearer(token) }));
  const path = verifyPathFrom(await waitForMailTo(request, user.email, "Verify your email"));
  const secret = new URL(path, e2eEnv.baseUrl).searchParams.get("token");
  await ok(await request.post(api("/verify-email"), { data: { token: secret } }));
}

/** Creates an organisation owned by the token's user. */
export async function createOrganization(request: APIRequestContext, token: string, name: string) {
  return ok<{ id: string; name: string }>(
    await request.post(api("/organizations"), { data: { name }, headers: bearer(token) }),
  );
}

/** Invites `email` as `role` and returns the `/invitations/accept?token=…` path of the e-mail it was sent. */
export async function invite(
  request: APIRequestContext,
  token: string,
  organization: { id: string; name: string },
  email: string,
  role: Role,
): Promise<string> {
  await ok(
    await request.post(api(`/organizations/${organization.id}/invitations`), {
      data: { email, role },
      headers: bearer(token),
    }),
  );
  return invitationPathFrom(await waitForMailTo(request, email, `Invitation to join ${organization.name}`));
}

/** Accepts the invitation of an e-mailed `/invitations/accept?token=…` path as the token's user. */
export async function acceptInvitation(request: APIRequestContext, token: string, path: string) {
  const secret = new URL(path, e2eEnv.baseUrl).searchParams.get("token");
  await ok(await request.post(api("/invitations/accept"), { data: { token: secret }, headers: bearer(token) }));
}

/** The id of the token user's organisation called `name`. */
export async function organizationNamed(request: APIRequestContext, token: string, name: string): Promise<string> {
  const mine = await ok<{ data: { id: string; name: string }[] }>(
    await request.get(api("/organizations?limit=100"), { headers: bearer(token) }),
  );
  const found = mine.data.find((organization) => organization.name === name);
  expect(found, `an organisation called ${name}`).toBeDefined();
  return (found as { id: string }).id;
}
