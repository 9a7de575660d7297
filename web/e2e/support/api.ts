import { type APIRequestContext, expect } from "@playwright/test";
import { e2eEnv } from "./env.js";
import { randomEmail, randomPassword } from "./random.js";

/** A user created for one test, with the password it can log in with. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  fullName: string;
}

/** An item as the API returns it. */
export interface TestItem {
  id: string;
  title: string;
  description: string | null;
}

const api = (path: string) => `${e2eEnv.baseUrl}/api/v1${path}`;

/** Creates an active regular user through the dev-only private endpoint. */
export async function createUser(request: APIRequestContext, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  const user = {
    email: overrides.email ?? randomEmail(),
    password: overrides.password ?? randomPassword(),
    fullName: overrides.fullName ?? "Test User",
  };
  const response = await request.post(api("/private/users/"), {
    data: { email: user.email, password: user.password, full_name: user.fullName },
  });
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { id: string };
  return { ...user, id: body.id };
}

/** Logs in through the API and returns the bearer token. */
export async function accessToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post(api("/login/access-token"), { form: { username: email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Status of a login attempt through the API (200 = the credentials work). */
export async function loginStatus(request: APIRequestContext, email: string, password: string): Promise<number> {
  const response = await request.post(api("/login/access-token"), { form: { username: email, password } });
  return response.status();
}

/** Creates an item owned by the token's user. */
export async function createItem(
  request: APIRequestContext,
  token: string,
  item: { title: string; description?: string | null },
): Promise<TestItem> {
  const response = await request.post(api("/items/"), {
    data: item,
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as TestItem;
}

/** Creates a user as the first superuser (admin endpoint: superuser and active flags allowed). */
export async function createUserAsAdmin(
  request: APIRequestContext,
  user: { email: string; password: string; full_name?: string | null; is_superuser?: boolean; is_active?: boolean },
): Promise<{ id: string }> {
  const token = await accessToken(request, e2eEnv.superuser.email, e2eEnv.superuser.password);
  const response = await request.post(api("/users/"), {
    data: user,
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string };
}
