import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { generatedConfigMap, type K8sObject, OVERLAYS, only, render } from "./support/kustomize.js";
import { selects, workloads } from "./support/pod-templates.js";

const guide = readFileSync("docs/deployment/kubernetes.md", "utf8");
const namesOf = (objects: K8sObject[]) => objects.map(({ metadata }) => metadata.name).sort();

describe.each(OVERLAYS)("traffic in the %s overlay", (overlay) => {
  const objects = render(`overlays/${overlay}`);
  const pods = workloads(objects);
  const deployments = pods.filter(({ object }) => object.kind === "Deployment");
  const settings = generatedConfigMap(objects, "api-config").data as Record<string, string>;

  test("each Service selects exactly one Deployment's pods, on a port its container names", () => {
    for (const service of objects.filter(({ kind }) => kind === "Service")) {
      const selected = deployments.filter(({ labels }) => selects({ matchLabels: service.spec.selector }, labels));
      expect(namesOf(selected.map(({ object }) => object)), service.metadata.name).toEqual([service.metadata.name]);
      const portNames = selected[0]?.containers.flatMap(({ ports }) =>
        (ports ?? []).map(({ name }: { name: string }) => name),
      );
      for (const { targetPort } of service.spec.ports) expect(portNames).toContain(targetPort);
    }
  });

  test("the Ingress serves every host over TLS from cert-manager and routes to existing Service ports", () => {
    const ingress = only(objects, "Ingress");
    expect(ingress.metadata.annotations["cert-manager.io/cluster-issuer"]).toBeTruthy();
    const hosts = ingress.spec.rules.map(({ host }: { host: string }) => host);
    expect(ingress.spec.tls).toEqual([{ secretName: "aygentic-tls", hosts }]);
    const domain = overlay === "production" ? "example.com" : `${overlay}.example.com`;
    expect(hosts).toEqual([`api.${domain}`, `dashboard.${domain}`]);
    for (const rule of ingress.spec.rules) {
      const { service } = rule.http.paths[0].backend;
      const target = only(objects, "Service", service.name);
      expect(
        target.spec.ports.map(({ name }: { name: string }) => name),
        rule.host,
      ).toContain(service.port.name);
    }
    expect(ingress.spec.rules.map(({ http }: K8sObject) => http.paths[0].backend.service.name)).toEqual(["api", "web"]);
  });

  test("only the API, the job workers and the migration Job may reach the database, on its port", () => {
    const policy = only(objects, "NetworkPolicy", "database-clients-only").spec;
    expect(policy.podSelector).toEqual({ matchLabels: { "app.kubernetes.io/name": "postgresql" } });
    expect(policy.policyTypes).toEqual(["Ingress"]);
    expect(policy.ingress).toHaveLength(1);
    const [rule] = policy.ingress;
    expect(rule.ports).toEqual([{ protocol: "TCP", port: Number(settings.POSTGRES_PORT) }]);
    const allowed = pods.filter(({ labels }) =>
      rule.from.some(({ podSelector }: K8sObject) => selects(podSelector, labels)),
    );
    expect(namesOf(allowed.map(({ object }) => object))).toEqual(["api", "api-migrate", "worker"]);
    expect(rule.from.every((peer: K8sObject) => Object.keys(peer).join() === "podSelector")).toBe(true);
    expect(pods.some(({ labels }) => selects(policy.podSelector, labels))).toBe(false);
  });
});

describe.each(OVERLAYS)("the job workers in the %s overlay", (overlay) => {
  const objects = render(`overlays/${overlay}`);
  const worker = only(objects, "Deployment", "worker");
  const api = only(objects, "Deployment", "api");
  const labels = worker.spec.template.metadata.labels;

  test("accept connections on their metrics port only, and no Service sends them traffic", () => {
    const policy = only(objects, "NetworkPolicy", "worker-metrics-only").spec;
    expect(selects(policy.podSelector, labels)).toBe(true);
    expect(policy.policyTypes).toEqual(["Ingress"]);
    expect(policy.ingress).toEqual([{ ports: [{ protocol: "TCP", port: 9464 }] }]);
    for (const service of objects.filter(({ kind }) => kind === "Service")) {
      expect(selects({ matchLabels: service.spec.selector }, labels), service.metadata.name).toBe(false);
    }
  });

  test("run the worker command of the API's image with the API's settings, while the API takes no job", () => {
    const [container] = worker.spec.template.spec.containers;
    const [apiContainer] = api.spec.template.spec.containers;
    expect(container.command).toEqual([...apiContainer.command, "worker"]);
    expect(container.image).toBe(apiContainer.image);
    expect(container.envFrom).toEqual(apiContainer.envFrom);
    expect(apiContainer.env).toContainEqual({ name: "JOBS_WORKER", value: "false" });
    expect(container.env).toBeUndefined();
  });

  test("probe the metrics listener, give running jobs the shutdown grace, and lose at most one pod at a time", () => {
    const [container] = worker.spec.template.spec.containers;
    for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
      expect(container[probe].httpGet, probe).toEqual({ path: "/metrics", port: "metrics" });
    }
    const grace = Number(generatedConfigMap(objects, "api-config").data.SHUTDOWN_GRACE_SECONDS);
    expect(worker.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(grace);
    const budget = only(objects, "PodDisruptionBudget", "worker").spec;
    expect(budget.maxUnavailable).toBe(1);
    expect(selects(budget.selector, labels)).toBe(true);
    expect(worker.spec.replicas).toBeGreaterThanOrEqual(2);
  });
});

describe("docs/deployment/kubernetes.md", () => {
  test("creates the Secret the workloads read, with every secret the API refuses to default", () => {
    const command = /kubectl[^\n]*create secret generic aygentic-api(?:[^\n]*\\\n)*[^\n]*/.exec(guide)?.[0] ?? "";
    for (const key of [
      "SECRET_KEY",
      "POSTGRES_USER",
      "POSTGRES_PASSWORD",
      "FIRST_SUPERUSER",
      "FIRST_SUPERUSER_PASSWORD",
    ]) {
      expect(command).toContain(`--from-literal=${key}=`);
    }
  });
});
