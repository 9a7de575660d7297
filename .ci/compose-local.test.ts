import { describe, expect, test } from "vitest";
import { dev, env, local, stack } from "./support/compose-fixture.js";
import { type ComposeService, labelsOf } from "./support/compose-project.js";

describe("compose.override.yml (local)", () => {
  test("adds the proxy, the mail catcher and the Playwright runner", () => {
    expect(Object.keys(dev).sort()).toEqual(
      ["adminer", "backend", "db", "frontend", "mailcatcher", "playwright", "prestart", "proxy", "worker"].sort(),
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

  test("runs prestart from the dev image like the backend, since the runtime image's NODE_ENV refuses local", () => {
    expect(dev.prestart?.build).toMatchObject({ dockerfile: "Dockerfile", target: "dev" });
    expect(dev.prestart?.image).toBe(dev.backend?.image);
    expect(dev.prestart?.environment?.ENVIRONMENT).toBe("local");
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
