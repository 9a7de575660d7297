import type { BenchOptions } from "./bench-options.js";
import type { Seeded } from "./seed-through-api.js";

/** One endpoint under load, the same request for the app and the floor. */
export interface Scenario {
  readonly key: string;
  readonly label: string;
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly windowSeconds: number;
  readonly timeoutSeconds: number;
  /** Measure health-check latency in parallel (event-loop health while this endpoint saturates the server). */
  readonly healthProbe: boolean;
}

export const HEALTH_PATH = "/api/v1/utils/health-check/";
export const ITEMS_LIST = "items-list";

/** The five scenarios of issue 8: health, login, /users/me, items list (100 of them), item create. */
export function scenarios(seeded: Seeded, options: BenchOptions): Scenario[] {
  const base = { windowSeconds: options.windowSeconds, timeoutSeconds: 10, healthProbe: false };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const all: Scenario[] = [
    { ...base, key: "health", label: "health", method: "GET", path: HEALTH_PATH, headers: {} },
    {
      ...base,
      key: "login",
      label: "login",
      method: "POST",
      path: "/api/v1/login/access-token",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: seeded.reader.email, password: seeded.reader.password }).toString(),
      windowSeconds: options.loginWindowSeconds,
      timeoutSeconds: 120,
      healthProbe: true,
    },
    {
      ...base,
      key: "me",
      label: "/users/me",
      method: "GET",
      path: "/api/v1/users/me",
      headers: bearer(seeded.reader.token),
    },
    {
      ...base,
      key: ITEMS_LIST,
      label: "items list (100)",
      method: "GET",
      path: "/api/v1/items/?skip=0&limit=100",
      headers: bearer(seeded.reader.token),
    },
    {
      ...base,
      key: "item-create",
      label: "item create",
      method: "POST",
      path: "/api/v1/items/",
      headers: { ...bearer(seeded.writer.token), "content-type": "application/json" },
      body: JSON.stringify({ title: "Bench item", description: "created under load" }),
    },
  ];
  return options.scenarios ? all.filter((scenario) => options.scenarios?.includes(scenario.key)) : all;
}
