import type { ServerProcess } from "./server/server-process.js";

/** Both servers must give the same answer (status, and 100 items for the reader) before anything is timed. */
export async function checkSameAnswers(
  servers: { app: ServerProcess; floor: ServerProcess },
  reader: { email: string; password: string; token: string },
): Promise<void> {
  for (const server of [servers.app, servers.floor]) {
    const form = new URLSearchParams({ username: reader.email, password: reader.password });
    const login = await fetch(`${server.baseUrl}/api/v1/login/access-token`, { method: "POST", body: form });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const headers = { authorization: `Bearer ${token}` };
    const me = (await (await fetch(`${server.baseUrl}/api/v1/users/me`, { headers })).json()) as { email: string };
    const items = await fetch(`${server.baseUrl}/api/v1/items/?skip=0&limit=100`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    const list = (await items.json()) as { data: unknown[]; count: number };
    if (!login.ok || me.email !== reader.email || list.data.length !== 100 || list.count !== 100) {
      throw new Error(
        `${server.name} does not answer like the other: login ${login.status}, me ${me.email}, items ${list.count}`,
      );
    }
  }
}
