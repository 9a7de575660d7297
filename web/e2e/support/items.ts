import type { APIRequestContext, Page } from "@playwright/test";
import { accessToken, createItem, createUser, type TestUser } from "./api.js";
import { openAs } from "./session.js";

/** A fresh user owning one item per title (created oldest first), with /items open in their session. */
export async function userWithItems(page: Page, request: APIRequestContext, titles: string[]): Promise<TestUser> {
  const user = await createUser(request);
  const token = await accessToken(request, user.email, user.password);
  for (const title of titles) await createItem(request, token, { title, description: `About ${title}` });
  await openAs(page, user, "/items");
  return user;
}
