import { describe, expect, test } from "vitest";
import { domain, env, prod, production, stack } from "./support/compose-fixture.js";
import { type ComposeService, labelsOf } from "./support/compose-project.js";

describe("compose.yml (production)", () => {
  test("runs the seed's services and publishes no host port (Traefik routes everything)", () => {
    expect(Object.keys(prod).sort()).toEqual(["adminer", "backend", "db", "frontend", "prestart", "worker"]);
    expect(Object.values(prod).filter((service) => service.ports)).toEqual([]);
  });

  test("runs PostgreSQL 18 on the named volume with a pg_isready health check and env credentials", () => {
    expect(prod.db?.image).toBe("postgres:18");
    expect(prod.db?.volumes).toEqual(["app-db-data:/var/lib/postgresql"]);
    expect(production.merged.volumes).toHaveProperty("app-db-data");
    expect(JSON.stringify(prod.db?.healthcheck?.test)).toContain("pg_isready");
    expect(prod.db?.environment).toMatchObject({
      POSTGRES_DB: env.get("POSTGRES_DB"),
      POSTGRES_USER: env.get("POSTGRES_USER"),
      POSTGRES_PASSWORD: env.get("POSTGRES_PASSWORD"),
    });
  });

  test("prestart waits for a healthy database and runs only the prestart command of the API image", () => {
    expect(prod.prestart?.depends_on).toMatchObject({ db: { condition: "service_healthy" } });
    expect(prod.prestart?.command).toEqual(["node", "dist/adapters/main.js", "prestart"]);
    expect(prod.prestart?.image).toBe(prod.backend?.image);
    expect({ ...prod.prestart?.environment, JOBS_WORKER: "false" }).toEqual(prod.backend?.environment);
  });

  test("the worker runs the job workers alone, from the API image with the API's settings, after prestart", () => {
    expect(prod.worker?.image).toBe(prod.backend?.image);
    expect(prod.worker?.command).toEqual([
      "node",
      "--import",
      "./dist/adapters/observability/tracing.js",
      "dist/adapters/main.js",
      "worker",
    ]);
    expect(prod.worker?.environment).toEqual(prod.prestart?.environment);
    expect(prod.backend?.environment).toMatchObject({ JOBS_WORKER: "false" });
    expect(prod.worker?.depends_on).toEqual(prod.backend?.depends_on);
    expect(prod.worker?.ports).toBeUndefined();
    expect(String(prod.worker?.healthcheck?.test)).toContain("http://127.0.0.1:9464/metrics");
  });

  test("the backend waits for a healthy database and a completed prestart, and checks the health URL", () => {
    expect(prod.backend?.depends_on).toEqual({
      db: { condition: "service_healthy", restart: true },
      prestart: { condition: "service_completed_successfully" },
    });
    expect(prod.backend?.healthcheck?.test?.[0]).toBe("CMD");
    expect(String(prod.backend?.healthcheck?.test)).toContain("http://127.0.0.1:8000/api/v1/utils/health-check/");
    expect(prod.backend?.environment).toMatchObject({
      POSTGRES_SERVER: "db",
      FRONTEND_HOST: `https://dashboard.${domain}`,
    });
  });

  test("the frontend image is built with the public API URL", () => {
    expect(prod.frontend?.build).toMatchObject({
      dockerfile: "web/Dockerfile",
      args: { VITE_API_URL: `https://api.${domain}` },
    });
  });

  test.each([
    ["backend", "api", "8000"],
    ["frontend", "dashboard", "8080"],
    ["adminer", "adminer", "8080"],
  ])("Traefik serves %s on %s.DOMAIN over HTTPS with Let's Encrypt and redirects HTTP", (name, host, port) => {
    const service = prod[name] as ComposeService;
    const labels = labelsOf(service);
    const router = `traefik.http.routers.${stack}-${name}`;
    const redirect = `${stack}-https-redirect`;
    expect(labels).toMatchObject({
      "traefik.enable": "true",
      "traefik.docker.network": "traefik-public",
      "traefik.constraint-label": "traefik-public",
      [`traefik.http.services.${stack}-${name}.loadbalancer.server.port`]: port,
      [`${router}-http.rule`]: `Host(\`${host}.${domain}\`)`,
      [`${router}-http.entrypoints`]: "http",
      [`${router}-http.middlewares`]: redirect,
      [`${router}-https.rule`]: `Host(\`${host}.${domain}\`)`,
      [`${router}-https.entrypoints`]: "https",
      [`${router}-https.tls`]: "true",
      [`${router}-https.tls.certresolver`]: "le",
      [`traefik.http.middlewares.${redirect}.redirectscheme.scheme`]: "https",
    });
    expect(service.networks).toContain("traefik-public");
  });

  test("joins the external traefik-public network", () => {
    expect(production.merged.networks).toEqual({ "traefik-public": { external: true } });
  });
});
