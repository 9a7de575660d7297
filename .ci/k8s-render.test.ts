import { describe, expect, test } from "vitest";
import { schemaErrors } from "./support/kubernetes-schema.js";
import { type K8sObject, OVERLAYS, render } from "./support/kustomize.js";

// No cluster runs in CI: the overlays are rendered by `kubectl kustomize` and checked against the schemas here,
// and against the deployment's rules in the other .ci/k8s-*.test.ts files.
const rendered = Object.fromEntries(OVERLAYS.map((overlay) => [overlay, render(`overlays/${overlay}`)]));
const summary = (objects: K8sObject[]) => objects.map(({ kind, metadata }) => `${kind}/${metadata.name}`).sort();

describe.each(OVERLAYS)("overlay %s", (overlay) => {
  const objects = rendered[overlay] as K8sObject[];

  test("renders the whole application into its own namespace", () => {
    expect(summary(objects).map((id) => id.replace(/^(ConfigMap\/api-[a-z]+)-[a-z0-9]{10}$/, "$1"))).toEqual([
      "ConfigMap/api-config",
      "ConfigMap/api-scripts",
      "Deployment/api",
      "Deployment/web",
      "Deployment/worker",
      "HorizontalPodAutoscaler/api",
      "Ingress/aygentic",
      "Job/api-migrate",
      `Namespace/aygentic-${overlay}`,
      "NetworkPolicy/database-clients-only",
      "NetworkPolicy/worker-metrics-only",
      "PodDisruptionBudget/api",
      "PodDisruptionBudget/worker",
      "Service/api",
      "Service/web",
    ]);
    for (const { kind, metadata } of objects) {
      if (kind !== "Namespace") expect(metadata.namespace, `${kind}/${metadata.name}`).toBe(`aygentic-${overlay}`);
    }
  });

  test.each(summary(objects))("%s matches the Kubernetes schema", async (id) => {
    const object = objects.find(({ kind, metadata }) => `${kind}/${metadata.name}` === id) as K8sObject;
    expect(await schemaErrors(object)).toEqual([]);
  });
});

describe("the schema check", () => {
  test("reports a bad quantity, a bad type and a missing required field", async () => {
    const deployment = structuredClone(rendered.production?.find(({ kind }) => kind === "Deployment")) as K8sObject;
    const container = deployment.spec.template.spec.containers[0];
    container.resources.limits.memory = "half a gigabyte";
    container.ports[0].containerPort = "eight thousand";
    delete deployment.spec.selector;
    const errors = await schemaErrors(deployment);
    expect(errors).toContain('/spec/template/spec/containers/0/resources/limits/memory must match format "quantity"');
    expect(errors).toContain("/spec/template/spec/containers/0/ports/0/containerPort must be integer");
    expect(errors).toContain("/spec must have required property selector");
  });

  test("knows only real kinds", async () => {
    await expect(schemaErrors({ apiVersion: "apps/v1", kind: "Deploymnet", metadata: { name: "x" } })).rejects.toThrow(
      "kubernetes-models has no Deploymnet in apps/v1",
    );
  });
});
