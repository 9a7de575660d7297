import { describe, expect, test } from "vitest";
import { type ComposeService, labelsOf, loadCompose } from "./support/compose-project.js";
import { composeValidator } from "./support/compose-schema.js";
import { readEnvFile } from "./support/env-file.js";

// No Docker engine runs in CI: the Compose files are checked statically, as `docker compose config` would load them.
const env = readEnvFile(".env.example");
const production = loadCompose(["compose.yml"], env);
const local = loadCompose(["compose.yml", "compose.override.yml"], env);
const validator = composeValidator();
const prod = production.merged.services;
const dev = local.merged.services;
const domain = env.get("DOMAIN");
const stack = env.get("STACK_NAME");

describe("the Compose Specification schema", () => {
  test("is the Compose Specification", () => {
    expect(validator.title).toBe("Compose Specification");
  });

  test("accepts compose.yml, compose.override.yml and their merge", () => {
    expect(validator.errors(production.files[0])).toEqual([]);
    expect(validator.errors(local.files[1])).toEqual([]);
    expect(validator.errors(local.merged)).toEqual([]);
  });

  test("rejects an unknown depends_on condition and an unknown service key", () => {
    const broken = { services: { a: { image: "x", depends_on: { b: { condition: "service_ready" } }, colour: 1 } } };
    const errors = validator.errors(broken);
    expect(errors).toContain("/services/a must NOT have additional properties");
    expect(errors).toContain("/services/a/depends_on/b/condition must be equal to one of the allowed values");
  });
});

describe(".env.example", () => {
  test("defines every variable the Compose files use", () => {
    const missing = [...local.used].filter((name) => !env.has(name));
    expect(missing).toEqual([]);
    expect(local.used.size).toBeGreaterThan(10);
  });

  test("makes Compose stop when a required variable is missing", () => {
    const withoutDomain = new Map([...env].filter(([name]) => name !== "DOMAIN"));
    expect(() => loadCompose(["compose.yml"], withoutDomain)).toThrow(/DOMAIN/);
  });
});

describe("compose.yml (production)", () => {
  test("runs the seed's services and publishes no host port (Traefik routes everything)", () => {
    expect(Object.keys(prod).sort()).toEqual(["adminer", "backend", "db", "frontend", "prestart"]);
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
    expect(prod.prestart?.environment).toEqual(prod.backend?.environment);
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

describe("compose.override.yml (local)", () => {
  test("adds the proxy, the mail catcher and the Playwright runner", () => {
    expect(Object.keys(dev).sort()).toEqual(
      ["adminer", "backend", "db", "frontend", "mailcatcher", "playwright", "prestart", "proxy"].sort(),
    );
  });

  test("runs Traefik 3.6 over HTTP only, with its insecure dashboard on 8090", () => {
    expect(dev.proxy?.image).toBe("traefik:3.6");
    expect(dev.proxy?.ports).toEqual(["80:80", "8090:8080"]);
    expect(dev.proxy?.command).toEqual(
      expect.arrayContaining(["--api.insecure=true", "--entrypoints.http.address=:80"]),
    );
    expect(dev.proxy?.command?.some((flag) => flag.includes("https") || flag.includes("certificatesresolvers"))).toBe(
      false,
    );
  });

  test("publishes the local ports: API 8000, SPA 5173, database 5432, Adminer 8080, mail 1025 and 1080", () => {
    expect(dev.backend?.ports).toEqual(["8000:8000"]);
    expect(dev.frontend?.ports).toEqual(["5173:8080"]);
    expect(dev.db?.ports).toEqual(["5432:5432"]);
    expect(dev.adminer?.ports).toEqual(["8080:8080"]);
    expect(dev.mailcatcher?.ports).toEqual(["1080:1080", "1025:1025"]);
  });

  test("reloads the backend: dev image with docker compose watch syncing the sources", () => {
    expect(dev.backend?.build).toMatchObject({ context: ".", dockerfile: "Dockerfile", target: "dev" });
    expect(dev.backend?.develop?.watch).toEqual(
      expect.arrayContaining([
        { path: "./adapters", action: "sync", target: "/app/adapters" },
        { path: "./core", action: "sync", target: "/app/core" },
        { path: "./package-lock.json", action: "rebuild" },
      ]),
    );
    expect(dev.backend?.depends_on).toMatchObject({
      db: { condition: "service_healthy" },
      prestart: { condition: "service_completed_successfully" },
    });
  });

  test("sends the backend's mail to the mail catcher and builds the SPA for the local API", () => {
    expect(dev.backend?.environment).toMatchObject({ SMTP_HOST: "mailcatcher", SMTP_PORT: "1025", SMTP_TLS: "false" });
    expect(dev.backend?.environment?.FRONTEND_HOST).toBe(env.get("FRONTEND_HOST"));
    expect(dev.frontend?.build?.args?.VITE_API_URL).toBe("http://localhost:8000");
  });

  test("runs Playwright on demand from the image's playwright stage", () => {
    expect(dev.playwright?.build).toMatchObject({ dockerfile: "Dockerfile", target: "playwright" });
    expect(dev.playwright?.profiles).toEqual(["test"]);
  });

  test("replaces the HTTPS redirect with a local middleware and makes traefik-public a local network", () => {
    for (const name of ["backend", "frontend", "adminer"]) {
      expect(labelsOf(dev[name] as ComposeService)[`traefik.http.routers.${stack}-${name}-http.middlewares`]).toBe(
        `${stack}-local`,
      );
    }
    expect(local.merged.networks).toEqual({ "traefik-public": { name: "traefik-public", external: false } });
  });
});
