import type { Field } from "../fields.js";
import type { ResourceNames } from "../naming.js";
import { PluralTitle } from "./messages.js";
import * as web from "./web.js";

/**
 * The SPA of an organisation-scoped resource: the user-scoped page, dialogs and spec, their API calls naming the
 * organisation of the address (`/orgs/{orgId}/<route>`).
 */
type Template = (n: ResourceNames, fields: readonly Field[]) => string;

/** `text` with each `[from, to]` replaced; every `from` must occur `times` times, or the user-scoped template changed. */
function rewritten(text: string, replacements: readonly (readonly [string, string, number?])[]): string {
  return replacements.reduce((current, [from, to, times = 1]) => {
    const found = current.split(from).length - 1;
    if (found !== times) throw new Error(`the user-scoped template has ${found}, not ${times}, of ${from}`);
    return current.replaceAll(from, to);
  }, text);
}

const ORG_PARAMS = "const params = useParams<{ orgId: string }>();";

export const data: Template = (n, fields) =>
  rewritten(web.data(n, fields), [
    [
      'import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";',
      'import { useParams } from "@solidjs/router";\nimport { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";',
    ],
    [`\`/${n.route}?`, `\`/orgs/{orgId}/${n.route}?`],
    [
      `/** One page of the caller's ${n.pluralWords} (everyone's for a superuser); a blank search is no search. */
export const ${n.plural}Query = ({ q, ...params }: ParamsOf<${n.Plural}View>) => {
  const query = { ...params, q: q || undefined };`,
      `/** One page of the organisation's ${n.pluralWords}; a blank search is no search. */
export const ${n.plural}Query = (organizationId: string) => ({ q, ...params }: ParamsOf<${n.Plural}View>) => {
  const query = { ...params, q: q || undefined, org_id: organizationId };`,
    ],
    ["  const client = useQueryClient();", `  const client = useQueryClient();\n  ${ORG_PARAMS}`, 2],
    [
      `api.update${n.Entity}({ id: existing.id, ...body })`,
      `api.update${n.Entity}({ org_id: params.orgId, id: existing.id, ...body })`,
    ],
    [`api.create${n.Entity}(body)`, `api.create${n.Entity}({ org_id: params.orgId, ...body })`],
    [
      `api.delete${n.Entity}({ id: ${n.entity}.id })`,
      `api.delete${n.Entity}({ org_id: params.orgId, id: ${n.entity}.id })`,
    ],
  ]);

export const page: Template = (n, fields) =>
  rewritten(web.page(n, fields), [
    [
      'import Plus from "lucide-solid/icons/plus";',
      'import { useParams } from "@solidjs/router";\nimport Plus from "lucide-solid/icons/plus";',
    ],
    [
      `/** \`/${n.route}\`: the caller's ${n.pluralWords} (everyone's for superusers), searched, sorted and paged on the server. */`,
      `/** \`/orgs/{orgId}/${n.route}\`: the organisation's ${n.pluralWords}, searched, sorted and paged on the server. */`,
    ],
    [
      `  const ${n.plural} = createPagedQuery(list, ${n.plural}Query);`,
      `  ${ORG_PARAMS}\n  const ${n.plural} = createPagedQuery(list, (view) => ${n.plural}Query(params.orgId)(view));`,
    ],
  ]);

/** The browser test: a new user makes an organisation, opens the page from the sidebar and works through it. */
export const spec: Template = (n, fields) =>
  rewritten(web.spec(n, fields), [
    [
      `  await openAs(page, user, "/");
  await page.getByRole("link", { name: "${PluralTitle(n)}", exact: true }).click();
  await expect(page).toHaveURL(/\\/${n.route}$/);`,
      `  await openAs(page, user, "/");
  await expect(page.getByRole("link", { name: "${PluralTitle(n)}", exact: true })).toBeHidden();
  await page.getByTestId("new-organization").click();
  await page.getByTestId("organization-name-input").fill(\`Org \${uniqueSuffix()}\`);
  await page.getByRole("dialog").getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\\/orgs\\/[0-9a-f-]+\\/settings$/);
  await page.getByRole("link", { name: "${PluralTitle(n)}", exact: true }).click();
  await expect(page).toHaveURL(/\\/orgs\\/[0-9a-f-]+\\/${n.route}$/);
  const listUrl = page.url();`,
    ],
    [`await page.goto("/${n.route}?sort=`, `await page.goto(\`\${listUrl}?sort=`],
  ]).replace(/(await page\.goto\(`\$\{listUrl\}\?sort=[^"]*)"\);/, "$1`);");
