import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import pLimit from "p-limit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../config.js";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { RecordingMailer } from "../../memory/recording-mailer.js";
import { leaksIn } from "../../testing/leak-check.js";
import {
  type FuzzRequest,
  type Operation,
  operationsOf,
  requestsFor,
  strictBodyRequests,
} from "../../testing/openapi-fuzz.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const document = JSON.parse(readFileSync(join(repoRoot(), "adapters/http/generated/swagger.json"), "utf8"));
const operations = operationsOf(document);
// Thousands of cases per run; PostgreSQL (CI) gets half as many again, to keep the file bounded.
const casesPerOperation = { pglite: 100, postgres: 50 };
const seed = 20_261_127;

interface Finding {
  readonly request: FuzzRequest;
  readonly status: number;
  readonly problem: string;
}

async function probe(
  app: TestApp,
  request: FuzzRequest,
  statuses: Set<number>,
  mustRefuse = false,
): Promise<Finding | null> {
  const response = await fetch(`${app.baseUrl}${request.url}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  const status = response.status;
  statuses.add(status);
  const found = (problem: string): Finding => ({
    request: { ...request, url: request.url.slice(0, 200), body: request.body?.slice(0, 200) },
    status,
    problem: `${problem}: ${text.slice(0, 200)}`,
  });
  if (status >= 500) return found("5xx");
  if (mustRefuse && status < 400) return found("accepted");
  const leaks = leaksIn(text);
  if (leaks.length > 0) return found(`leaks ${leaks.join(", ")}`);
  const isJson = response.headers.get("content-type")?.includes("application/json") ?? false;
  if (status >= 400) {
    if (!isJson) return found("error without a JSON body");
    const detail = (JSON.parse(text) as { detail?: unknown }).detail;
    if (typeof detail !== "string" && !Array.isArray(detail)) return found("error without a detail");
  }
  if (status < 300 && !isJson && !response.headers.get("content-type")?.startsWith("text/html"))
    return found("success that is neither JSON nor HTML");
  return null;
}

describe.each(testDatabaseKinds())("every OpenAPI operation under hostile input (%s)", (database) => {
  let app: TestApp;
  const unexpected: unknown[] = [];
  const tokens: (string | null)[] = [];
  const knownIds: string[] = [];

  beforeAll(async () => {
    // The fuzz is about input handling: a fast hasher keeps thousands of cases quick (argon2 has its own tests).
    const hasher = new FastPasswordHasher();
    app = await startTestApp({
      database,
      hasher,
      mailer: new RecordingMailer(),
      onUnexpectedError: (e) => unexpected.push(e),
    });
    const superuser = `Bearer ${await app.superuserToken()}`;
    const user = await signUpAndLogIn(app);
    for (const token of [superuser, `Bearer ${user.token}`]) {
      const item = await app.call("POST", "/api/v1/items/", {
        headers: { authorization: token },
        json: { title: "fuzz" },
      });
      knownIds.push(item.body.id);
    }
    knownIds.push(user.id);
    tokens.push(superuser, superuser, superuser, `Bearer ${user.token}`, null, "Bearer not.a.jwt", "Basic YTpi");
  });

  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${operations.length} operations × ${casesPerOperation[database]} generated requests with a JSON 4xx or a success, never a 5xx or a leak`, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const limit = pLimit(4);
    const findings: (Finding & { operation: string })[] = [];
    const statuses = new Set<number>();
    const all = operations.flatMap((operation: Operation, index) =>
      fc
        .sample(requestsFor(operation, { tokens, knownIds }), {
          seed: seed + index,
          numRuns: casesPerOperation[database],
        })
        .map((request) => ({ operation, request })),
    );
    await Promise.all(
      all.map(({ operation, request }) =>
        limit(async () => {
          const finding = await probe(app, request, statuses);
          if (finding) findings.push({ ...finding, operation: operation.operationId });
        }),
      ),
    );
    expect(all.length).toBe(operations.length * casesPerOperation[database]);
    expect(findings.slice(0, 5)).toEqual([]);
    // The generated requests reach every layer: successes, auth refusals, validation, lookups, size limits.
    expect([...statuses].filter((status) => [200, 401, 403, 404, 413, 422].includes(status)).sort()).toEqual([
      200, 401, 403, 404, 413, 422,
    ]);
    expect(unexpected.map(String)).toEqual([]);
  }, 240_000);

  it("refuses every strict-body family (deep nesting, wrong content types, invalid UTF-8, null booleans) with a 4xx", async () => {
    const superuser = tokens[0] ?? "";
    // A fresh account: the generated requests above may have deleted or changed the first one.
    const regular = await signUpAndLogIn(app);
    const validBodies: Record<string, Record<string, unknown>> = {
      createUser: { email: "fuzz-strict@example.com", password: "a-good-password" },
      updateUserMe: { full_name: "Strict" },
      updatePasswordMe: { current_password: regular.password, new_password: "another-good-password" },
      registerUser: { email: "fuzz-signup@example.com", password: "a-good-password" },
      updateUser: { full_name: "Strict" },
      createPrivateUser: { email: "fuzz-private@example.com", password: "x", full_name: "P" },
      loginAccessToken: { username: regular.email, password: regular.password },
      resetPassword: { token: "not-a-token", new_password: "another-good-password" },
      createItem: { title: "strict" },
      updateItem: { title: "strict" },
    };
    const requests = operations.flatMap((operation) =>
      strictBodyRequests(operation, {
        token: operation.operationId.endsWith("Me") ? `Bearer ${regular.token}` : superuser,
        pathValues: { user_id: regular.id, id: knownIds[0] ?? "" },
        validBody: validBodies[operation.operationId] ?? {},
      }).map((request) => ({ operation, request })),
    );
    const families = new Set(requests.map(({ request }) => request.family));
    expect([...families].sort()).toEqual(["deep nesting", "invalid UTF-8", "null boolean", "wrong content type"]);
    const findings: (Finding & { family: string; operation: string })[] = [];
    for (const { operation, request } of requests) {
      const finding = await probe(app, request, new Set(), true);
      if (finding) findings.push({ ...finding, family: request.family, operation: operation.operationId });
    }
    expect(findings.slice(0, 5)).toEqual([]);
    expect(unexpected.map(String)).toEqual([]);
  }, 240_000);
});
