import { execFileSync } from "node:child_process";
import { parseAllDocuments } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: manifests are read field by field, like the compose files
type Loose = any;

/** One rendered Kubernetes object, read loosely: the tests check the fields they rely on. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [key: string]: Loose };
  [key: string]: Loose;
};

export const OVERLAYS = ["staging", "production"] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** `kubectl kustomize` of a folder under deploy/k8s (KUBECTL names another binary), parsed into objects. */
export function render(folder: string): K8sObject[] {
  const kubectl = process.env.KUBECTL ?? "kubectl";
  let output: string;
  try {
    output = execFileSync(kubectl, ["kustomize", `deploy/k8s/${folder}`], { encoding: "utf8" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${kubectl} kustomize deploy/k8s/${folder} failed (.ci/run installs kubectl): ${reason}`);
  }
  return parseAllDocuments(output).map((document) => document.toJS() as K8sObject);
}

/** The single object of this kind (and name, if given); throws when there is none or several. */
export function only(objects: K8sObject[], kind: string, name?: string): K8sObject {
  const found = objects.filter((object) => object.kind === kind && (!name || object.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name ?? ""}, found ${found.length}`);
  return found[0] as K8sObject;
}

/** A ConfigMap of a configMapGenerator, named `<name>-<content hash>` once rendered. */
export function generatedConfigMap(objects: K8sObject[], name: string): K8sObject {
  const found = objects.filter(
    ({ kind, metadata }) => kind === "ConfigMap" && new RegExp(`^${name}-[a-z0-9]{10}$`).test(metadata.name),
  );
  if (found.length !== 1) throw new Error(`expected one generated ConfigMap ${name}, found ${found.length}`);
  return found[0] as K8sObject;
}
