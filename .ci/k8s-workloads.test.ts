import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCompose } from "./support/compose-project.js";
import { argsOf, execForm, readDockerfile } from "./support/dockerfile.js";
import { readEnvFile } from "./support/env-file.js";
import { generatedConfigMap, type K8sObject, OVERLAYS, only, render } from "./support/kustomize.js";
import { workloads } from "./support/pod-templates.js";

const api = readDockerfile("Dockerfile");
const web = readDockerfile("web/Dockerfile");
const compose = loadCompose(["compose.yml"], readEnvFile(".env.example")).merged.services;
const kustomization = (overlay: string) => readFileSync(`deploy/k8s/overlays/${overlay}/kustomization.yaml`, "utf8");

describe.each(OVERLAYS)("workloads of the %s overlay", (overlay) => {
  const objects = render(`overlays/${overlay}`);
  const pods = workloads(objects);
  const containers = pods.flatMap(({ object, containers }) =>
    containers.map((container) => [`${object.kind}/${object.metadata.name} ${container.name}`, container] as const),
  );

  test("pin every image to a version tag, never latest, from this overlay's images list", () => {
    for (const [where, { image }] of containers) {
      expect(image, where).toMatch(/^ghcr\.io\/example\/aygentic-(backend|frontend):\d+\.\d+\.\d+(-[a-z0-9.]+)?$/);
      const tag = image.split(":").at(-1);
      expect(kustomization(overlay), where).toContain(`newTag: ${tag}`);
    }
  });

  test("give every container CPU and memory requests and limits", () => {
    for (const [where, { resources }] of containers) {
      for (const kind of ["requests", "limits"]) {
        expect(Object.keys(resources?.[kind] ?? {}).sort(), `${where} ${kind}`).toEqual(["cpu", "memory"]);
      }
    }
  });

  test("meet the restricted Pod Security profile, with a read-only root filesystem", () => {
    expect(only(objects, "Namespace").metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
    for (const { object, pod } of pods) {
      const where = `${object.kind}/${object.metadata.name}`;
      expect(pod.securityContext, where).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(pod.securityContext.runAsUser, where).toBeGreaterThan(0);
      expect(pod.hostNetwork ?? false, where).toBe(false);
    }
    for (const [where, { securityContext }] of containers) {
      expect(securityContext, where).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
    }
  });

  test("run as the users the images were built for", () => {
    const users = Object.fromEntries(
      pods.map(({ object, pod }) => [object.metadata.name, pod.securityContext.runAsUser]),
    );
    expect(argsOf(api.at(-1) as (typeof api)[number], "USER")).toEqual(["node"]);
    expect(argsOf(web.at(-1) as (typeof web)[number], "USER")).toEqual(["nginx"]);
    expect(users).toEqual({ api: 1000, "api-migrate": 1000, web: 101, worker: 1000 });
  });

  test("mount no service-account token and give /tmp, the only writable path, a bounded emptyDir", () => {
    for (const { object, pod, containers: own } of pods) {
      const where = `${object.kind}/${object.metadata.name}`;
      expect(pod.automountServiceAccountToken, where).toBe(false);
      expect(pod.volumes, where).toContainEqual({ name: "tmp", emptyDir: { sizeLimit: expect.any(String) } });
      const writable = pod.volumes.filter((volume: K8sObject) => !volume.configMap).map(({ name }: K8sObject) => name);
      expect(writable, where).toEqual(["tmp"]);
      for (const container of own) {
        expect(container.volumeMounts, where).toContainEqual({ name: "tmp", mountPath: "/tmp" });
        const others = container.volumeMounts.filter(({ name }: K8sObject) => name !== "tmp");
        for (const mount of others) expect(mount.readOnly, `${where} ${mount.name}`).toBe(true);
      }
    }
  });

  test("start the API only after the migration Job, with the image, config and secrets of the API", () => {
    const { spec } = only(objects, "Deployment", "api").spec.template;
    const [wait] = spec.initContainers;
    expect(spec.initContainers).toHaveLength(1);
    expect(wait.command).toEqual(["node", "/scripts/wait-for-migrations.mjs"]);
    expect(wait.image).toBe(spec.containers[0].image);
    expect(wait.envFrom).toEqual(spec.containers[0].envFrom);
    const scripts = generatedConfigMap(objects, "api-scripts");
    expect(Object.keys(scripts.data)).toEqual(["wait-for-migrations.mjs"]);
    expect(scripts.data["wait-for-migrations.mjs"]).toBe(
      readFileSync("deploy/k8s/base/wait-for-migrations.mjs", "utf8"),
    );
    expect(spec.volumes).toContainEqual({ name: "scripts", configMap: { name: scripts.metadata.name } });
    expect(wait.volumeMounts).toContainEqual({ name: "scripts", mountPath: "/scripts", readOnly: true });
  });

  test("run the API and its migrations with the image's own commands", () => {
    const apiContainer = only(objects, "Deployment", "api").spec.template.spec.containers[0];
    const migrate = only(objects, "Job", "api-migrate").spec.template.spec.containers[0];
    expect(apiContainer.command).toEqual(execForm(argsOf(api.at(-1) as (typeof api)[number], "CMD")[0] as string));
    expect(migrate.command).toEqual(compose.prestart?.command);
    expect(migrate.image).toBe(apiContainer.image);
    expect(migrate.envFrom).toEqual(apiContainer.envFrom);
  });

  test("keep the migration Job finite and non-restarting", () => {
    const job = only(objects, "Job", "api-migrate").spec;
    expect(job.template.spec.restartPolicy).toBe("Never");
    expect(job.backoffLimit).toBeGreaterThan(0);
    expect(job.activeDeadlineSeconds).toBeGreaterThan(0);
  });
});
