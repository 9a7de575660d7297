import { describe, expect, test } from "vitest";
import { mergeCompose } from "./compose-merge.js";

describe("Compose merge", () => {
  test("merges labels and environment by key, whether written as lists or mappings", () => {
    const base = { services: { a: { labels: ["x=1", "y=2"], environment: { A: "1", B: "2" } } } };
    const over = { services: { a: { labels: { y: "3" }, environment: ["B=4", "C=5"] } } };
    expect(mergeCompose(base, over)).toEqual({
      services: { a: { labels: { x: "1", y: "3" }, environment: { A: "1", B: "4", C: "5" } } },
    });
  });

  test("replaces command and healthcheck.test, appends ports, merges depends_on and volumes by target", () => {
    const base = {
      services: {
        a: {
          command: ["x", "y"],
          healthcheck: { test: ["CMD", "a"], retries: 5 },
          ports: ["1:1"],
          depends_on: ["db"],
          volumes: ["data:/data", "./a:/a"],
        },
      },
    };
    const over = {
      services: {
        a: {
          command: ["z"],
          healthcheck: { test: ["CMD", "b"] },
          ports: ["2:2"],
          depends_on: { mail: { condition: "service_started" } },
          volumes: ["./b:/a"],
        },
      },
    };
    expect(mergeCompose(base, over)).toEqual({
      services: {
        a: {
          command: ["z"],
          healthcheck: { test: ["CMD", "b"], retries: 5 },
          ports: ["1:1", "2:2"],
          depends_on: { db: { condition: "service_started" }, mail: { condition: "service_started" } },
          volumes: ["data:/data", "./b:/a"],
        },
      },
    });
  });

  test("merges top-level networks and a service's network list by name", () => {
    const base = { services: { a: { networks: ["pub"] } }, networks: { pub: { external: true } } };
    const over = { services: { a: { networks: ["default"] } }, networks: { pub: { external: false, name: "pub" } } };
    expect(mergeCompose(base, over)).toEqual({
      services: { a: { networks: { pub: null, default: null } } },
      networks: { pub: { external: false, name: "pub" } },
    });
  });
});
