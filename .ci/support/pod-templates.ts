import type { K8sObject } from "./kustomize.js";

/** A workload (Deployment, Job) with its pod template; the containers include init containers. */
export type Workload = {
  object: K8sObject;
  labels: Record<string, string>;
  pod: K8sObject["spec"];
  containers: K8sObject[];
};

/** Every object that runs pods, with its pod template. */
export function workloads(objects: K8sObject[]): Workload[] {
  return objects
    .filter(({ kind }) => kind === "Deployment" || kind === "Job")
    .map((object) => {
      const { metadata, spec: pod } = object.spec.template;
      return {
        object,
        labels: metadata?.labels ?? {},
        pod,
        containers: [...(pod.initContainers ?? []), ...pod.containers],
      };
    });
}

/** Whether a label selector (matchLabels, matchExpressions with In/NotIn/Exists/DoesNotExist) selects these labels. */
export function selects(selector: K8sObject["spec"], labels: Record<string, string>): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(
    ({ key, operator, values }: { key: string; operator: string; values?: string[] }) => {
      const value = labels[key];
      if (operator === "In") return value !== undefined && (values ?? []).includes(value);
      if (operator === "NotIn") return value === undefined || !(values ?? []).includes(value);
      if (operator === "Exists") return value !== undefined;
      return value === undefined;
    },
  );
  return byLabel && byExpression;
}
