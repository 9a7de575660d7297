/** A bench account and a token for it. */
export interface BenchUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly token: string;
}

/** The seeded world: `reader` owns exactly 100 items, `writer` creates items, `other` owns the extra rows. */
export interface Seeded {
  readonly reader: BenchUser;
  readonly writer: BenchUser;
  readonly other: BenchUser;
}

async function call(baseUrl: string, path: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status} ${text}`);
  return JSON.parse(text);
}

/** Logs in through the OAuth2 password form and returns the access token. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const body = new URLSearchParams({ username: email, password });
  const token = (await call(baseUrl, "/login/access-token", { method: "POST", body })) as { access_token: string };
  return token.access_token;
}

const json = (token: string, body: unknown): RequestInit => ({
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  body: JSON.stringify(body),
});

async function createUser(baseUrl: string, adminToken: string, name: string): Promise<BenchUser> {
  const email = `bench-${name}@example.com`;
  const password = `bench-${name}-password`;
  const user = (await call(baseUrl, "/users/", json(adminToken, { email, password, full_name: `Bench ${name}` }))) as {
    id: string;
  };
  return { id: user.id, email, password, token: await logIn(baseUrl, email, password) };
}

/** Creates the bench users as the first superuser and the reader's 100 items, all through the public API. */
export async function seedThroughApi(baseUrl: string, admin: { email: string; password: string }): Promise<Seeded> {
  const adminToken = await logIn(baseUrl, admin.email, admin.password);
  const reader = await createUser(baseUrl, adminToken, "reader");
  const writer = await createUser(baseUrl, adminToken, "writer");
  const other = await createUser(baseUrl, adminToken, "other");
  for (let batch = 0; batch < 10; batch += 1) {
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        call(baseUrl, "/items/", json(reader.token, { title: `Item ${batch * 10 + index + 1}`, description: "bench" })),
      ),
    );
  }
  return { reader, writer, other };
}
