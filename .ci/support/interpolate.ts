/** Values of the variables a Compose file may use, and the names it actually used. */
export type Interpolation = { env: ReadonlyMap<string, string>; used: Set<string> };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Compose variable interpolation of one string: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}. */
export function interpolate(text: string, vars: Interpolation): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) return out + text.slice(i);
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const close = matchingBrace(text, dollar + 1);
      out += expand(text.slice(dollar + 2, close), vars);
      i = close + 1;
    } else {
      const name = NAME.exec(text.slice(dollar + 1))?.[0];
      if (!name) throw new Error(`Invalid interpolation at "${text.slice(dollar)}"`);
      out += lookUp(name, vars) ?? "";
      i = dollar + 1 + name.length;
    }
  }
  return out;
}

/** Interpolates every string value of a parsed YAML tree (keys are left as they are, as Compose does). */
export function interpolateTree(node: unknown, vars: Interpolation): unknown {
  if (typeof node === "string") return interpolate(node, vars);
  if (Array.isArray(node)) return node.map((item) => interpolateTree(item, vars));
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolateTree(value, vars)]));
  }
  return node;
}

function expand(body: string, vars: Interpolation): string {
  const name = NAME.exec(body)?.[0];
  if (!name) throw new Error(`Invalid interpolation "\${${body}}"`);
  const rest = body.slice(name.length);
  const value = lookUp(name, vars);
  if (rest === "") return value ?? "";
  const operator = /^(:?[-?+])/.exec(rest)?.[1];
  if (!operator) throw new Error(`Invalid interpolation "\${${body}}"`);
  const argument = () => interpolate(rest.slice(operator.length), vars);
  const missing = operator.startsWith(":") ? !value : value === undefined;
  switch (operator.replace(":", "")) {
    case "-":
      return missing ? argument() : (value as string);
    case "?":
      if (missing) throw new Error(`Required variable ${name} is missing: ${argument()}`);
      return value as string;
    default:
      return missing ? "" : argument();
  }
}

function lookUp(name: string, vars: Interpolation): string | undefined {
  vars.used.add(name);
  return vars.env.get(name);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unclosed "\${" in "${text}"`);
}
