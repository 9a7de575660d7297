import { describe, expect, test } from "vitest";
import { dev, env, local, prod, production } from "./support/compose-fixture.js";
import { loadCompose } from "./support/compose-project.js";
import { composeValidator } from "./support/compose-schema.js";

const validator = composeValidator();

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

describe("images", () => {
  test("pins every third-party image to a version, never latest", () => {
    const pulled = Object.values(dev).filter((service) => !service.build);
    expect(pulled.map((service) => service.image).sort()).toEqual([
      "adminer:5.4.1",
      "maildev/maildev:2.2.1",
      "postgres:18",
      "traefik:3.6",
    ]);
  });

  test("tags the images it builds from DOCKER_IMAGE_* and TAG", () => {
    expect(prod.backend?.image).toBe(`${env.get("DOCKER_IMAGE_BACKEND")}:${env.get("TAG")}`);
    expect(prod.frontend?.image).toBe(`${env.get("DOCKER_IMAGE_FRONTEND")}:${env.get("TAG")}`);
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

  test.each([
    ["unset", undefined],
    ["empty", ""],
  ])("makes Compose stop when ENVIRONMENT is %s, rather than letting the API default to local", (_, value) => {
    const others = [...env].filter(([name]) => name !== "ENVIRONMENT");
    const vars = new Map(value === undefined ? others : [...others, ["ENVIRONMENT", value]]);
    expect(() => loadCompose(["compose.yml"], vars)).toThrow(/ENVIRONMENT/);
    expect(() => loadCompose(["compose.yml", "compose.override.yml"], vars)).toThrow(/ENVIRONMENT/);
  });
});
