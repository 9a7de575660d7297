import { type APIRequestContext, expect } from "@playwright/test";
import { accessToken, createItem, createUserAsAdmin, loginStatus } from "./api.js";
import { e2eEnv } from "./env.js";
import { seedSampleOrganization } from "./sample-organization.js";

const sampleItems = [
  { title: "Write the onboarding guide", description: "Cover sign-up, items and settings" },
  { title: "Review pull requests", description: "Two open on the API" },
  { title: "Plan the release", description: null },
  { title: "Update dependencies", description: "Monthly chore" },
  {
    title: "A deliberately long title that would push a narrow table past the edge of a phone screen",
    description: "And a description long enough to need truncating in its column on every screen size we support",
  },
  ...[
    "Buy coffee beans",
    "Book the team offsite",
    "Renew the TLS certificate",
    "Archive old tickets",
    "Draft the Q3 plan",
    "Fix the flaky login test",
    "Order new laptops",
  ].map((title) => ({ title, description: null })),
];

const LAST_SEEDED = "former@example.com";

async function seeded(request: APIRequestContext, token: string): Promise<boolean> {
  const found = await request.get(
    `${e2eEnv.baseUrl}/api/v1/users/?q=${encodeURIComponent(LAST_SEEDED)}&is_active=false`,
    {
      headers: { Authorization: `Bearer ${token}` },
    },
  );
  return ((await found.json()) as { count: number }).count > 0;
}

/**
 * Gives an empty app something to show, once per server: items (one with long text), a second user, a second
 * superuser, an inactive user, an organisation with members and pending invitations, and a little history for the
 * Activity page (a refused login and a deactivation).
 * Workers race for it: creating the first user claims the seeding, the others wait until it is done.
 */
export async function seedSampleData(request: APIRequestContext): Promise<void> {
  const token = await accessToken(request, e2eEnv.superuser.email, e2eEnv.superuser.password);
  const claim = await request.post(`${e2eEnv.baseUrl}/api/v1/private/users/`, {
    data: { email: "jane.doe@example.com", password: "jane-password-1", full_name: "Jane Doe" },
  });
  if (claim.status() !== 200) {
    await expect.poll(() => seeded(request, token), { timeout: 60_000 }).toBe(true);
    return;
  }
  for (const item of sampleItems) await createItem(request, token, item);
  await createUserAsAdmin(request, {
    email: "ops@example.com",
    password: "ops-password-123",
    full_name: "Ops Lead",
    is_superuser: true,
    is_active: true,
  });
  const former = await createUserAsAdmin(request, {
    email: "former@example.com",
    password: "former-password-1",
    is_active: true,
  });
  await seedSampleOrganization(request, token);
  await loginStatus(request, "jane.doe@example.com", "not-her-password");
  await request.patch(`${e2eEnv.baseUrl}/api/v1/users/${former.id}`, {
    data: { is_active: false },
    headers: { Authorization: `Bearer ${token}` },
  });
}
