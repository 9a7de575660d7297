import type { K8sObject } from "./kustomize.js";

type Model = new (data: unknown) => { validate(): void };

/** The kubernetes-models module of an apiVersion: `v1` → kubernetes-models/v1, `apps/v1` → …/apps/v1. */
async function modelOf({ apiVersion, kind }: K8sObject): Promise<Model> {
  const models = (await import(`kubernetes-models/${apiVersion}`)) as Record<string, Model | undefined>;
  const model = models[kind];
  if (!model) throw new Error(`kubernetes-models has no ${kind} in ${apiVersion}`);
  return model;
}

/**
 * The schema errors of one object against the Kubernetes OpenAPI schemas that kubernetes-models compiles (types,
 * formats such as quantities, required fields, enums). Like the API server's schemas, they let unknown fields
 * pass: the rule tests read every field that matters, so a misspelt one fails there.
 */
export async function schemaErrors(object: K8sObject): Promise<string[]> {
  const model = await modelOf(object);
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: { instancePath: string; message?: string }[] }).errors;
    if (!errors) throw error;
    return errors.map(({ instancePath, message }) => `${instancePath || "/"} ${message}`);
  }
}
