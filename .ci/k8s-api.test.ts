import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../adapters/testing/test-app.js";
import { generatedConfigMap, type K8sObject, OVERLAYS, only, render } from "./support/kustomize.js";

const swagger = JSON.parse(readFileSync("adapters/http/generated/swagger.json", "utf8")) as {
  paths: Record<string, Record<string, unknown>>;
};
const rendered = Object.fromEntries(OVERLAYS.map((overlay) => [overlay, render(`overlays/${overlay}`)]));
const apiPod = (objects: K8sObject[]) => only(objects, "Deployment", "api").spec.template;
const config = (objects: K8sObject[]) => generatedConfigMap(objects, "api-config").data as Record<string, string>;
const probes = (objects: K8sObject[]) => {
  const [container] = apiPod(objects).spec.containers;
  return { startup: container.startupProbe, liveness: container.livenessProbe, readiness: container.readinessProbe };
};

describe("the API's probes", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database: "pglite" });
  });
  afterAll(() => app?.close());

  test.each(OVERLAYS)("%s: liveness on health-check, readiness on ready, on the http port", (overlay) => {
    const { startup, liveness, readiness } = probes(rendered[overlay] as K8sObject[]);
    expect(liveness.httpGet).toEqual({ path: "/api/v1/utils/health-check/", port: "http" });
    expect(startup.httpGet).toEqual(liveness.httpGet);
    expect(readiness.httpGet).toEqual({ path: "/api/v1/utils/ready/", port: "http" });
    const ports = apiPod(rendered[overlay] as K8sObject[]).spec.containers[0].ports;
    expect(ports).toContainEqual({ name: "http", containerPort: 8000 });
  });

  test.each(["/api/v1/utils/health-check/", "/api/v1/utils/ready/"])("%s is a GET of the OpenAPI document", (path) => {
    expect(swagger.paths[path.replace(/\/$/, "")]).toHaveProperty("get");
  });

  test("each probe path answers 200 true on the real API", async () => {
    const { liveness, readiness } = probes(rendered.production as K8sObject[]);
    for (const probe of [liveness, readiness]) {
      expect(await app.call("GET", probe.httpGet.path)).toMatchObject({ status: 200, body: true });
    }
  });
});

describe.each(OVERLAYS)("the API in the %s overlay", (overlay) => {
  const objects = rendered[overlay] as K8sObject[];
  const settings = config(objects);

  test("sets ENVIRONMENT to the overlay and the dashboard's URL to its ingress host", () => {
    expect(settings.ENVIRONMENT).toBe(overlay);
    const hosts = only(objects, "Ingress").spec.rules.map(({ host }: { host: string }) => host);
    expect(hosts).toContain(new URL(settings.FRONTEND_HOST as string).host);
    expect(new URL(settings.FRONTEND_HOST as string).protocol).toBe("https:");
  });

  test("trusts exactly one proxy hop, the ingress controller", () => {
    expect(settings.TRUSTED_PROXIES).toBe("1");
  });

  test("announces its metrics port for scraping, the port it listens on", () => {
    const { metadata, spec } = apiPod(objects);
    expect(metadata.annotations).toEqual({
      "prometheus.io/scrape": "true",
      "prometheus.io/port": settings.METRICS_PORT,
      "prometheus.io/path": "/metrics",
    });
    expect(settings.METRICS_PORT).toBe("9464");
    expect(spec.containers[0].ports).toContainEqual({ name: "metrics", containerPort: 9464 });
  });

  test("reads its secrets from a Secret referenced by name, never rendered", () => {
    expect(objects.filter(({ kind }) => kind === "Secret")).toEqual([]);
    const envFrom = apiPod(objects).spec.containers[0].envFrom;
    expect(envFrom).toContainEqual({ secretRef: { name: "aygentic-api" } });
    expect(envFrom).toContainEqual({ configMapRef: { name: generatedConfigMap(objects, "api-config").metadata.name } });
    for (const secret of ["SECRET_KEY", "POSTGRES_PASSWORD", "FIRST_SUPERUSER_PASSWORD"]) {
      expect(Object.keys(settings)).not.toContain(secret);
    }
  });

  test("drains in-flight requests before Kubernetes kills it", () => {
    const { spec } = apiPod(objects);
    const pause = Number(spec.containers[0].lifecycle.preStop.exec.command.at(-1));
    expect(spec.terminationGracePeriodSeconds).toBeGreaterThan(pause + Number(settings.SHUTDOWN_GRACE_SECONDS));
  });

  test("scales between at least two replicas with the autoscaler, one voluntary disruption at a time", () => {
    const deployment = only(objects, "Deployment", "api");
    const autoscaler = only(objects, "HorizontalPodAutoscaler", "api").spec;
    expect(autoscaler.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: "api" });
    expect(autoscaler.minReplicas).toBeGreaterThanOrEqual(2);
    expect(autoscaler.maxReplicas).toBeGreaterThan(autoscaler.minReplicas);
    expect(deployment.spec.replicas).toBeUndefined();
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const budget = only(objects, "PodDisruptionBudget", "api").spec;
    expect(budget.selector).toEqual(deployment.spec.selector);
    expect(budget.maxUnavailable).toBeLessThan(autoscaler.minReplicas);
  });
});
