import { type Field, sortedFields, titleField } from "../fields.js";
import { capitalized, type ResourceNames } from "../naming.js";
import {
  decimalsKey,
  fieldKey,
  missingKey,
  msg,
  optionKey,
  PluralTitle,
  requiredKey,
  Title,
  wholeNumberKey,
} from "./messages.js";

type Template = (n: ResourceNames, fields: readonly Field[]) => string;

const sortBy = (fields: readonly Field[]) => ["created_at", ...sortedFields(fields).map((f) => f.column)];

/** The form's text of a field from the API's value (`current` may be undefined when adding). */
function initialText(n: ResourceNames, f: Field): string {
  const value = `props.${n.entity}?.${f.column}`;
  switch (f.type) {
    case "int":
      return `${value} == null ? "" : String(${value})`;
    case "boolean":
      return `String(${value} ?? false)`;
    case "datetime":
      return `${value} ? toDatetimeLocal(${value}) : ""`;
    case "enum":
      return `${value} ?? ${f.optional ? '""' : JSON.stringify(f.values[0])}`;
    default:
      return `${value} ?? ""`;
  }
}

/** The API's value of a field from the form's text. */
function bodyValue(f: Field): string {
  const text = `fields.${f.name}`;
  const orNull = (expression: string) => (f.optional ? `${text} === "" ? null : ${expression}` : expression);
  switch (f.type) {
    case "string":
    case "text":
    case "date":
      return f.optional ? `${text} || null` : text;
    case "int":
      return orNull(`Number(${text})`);
    case "decimal":
      return orNull(`Number(${text}).toFixed(2)`);
    case "boolean":
      return `${text} === "true"`;
    case "datetime":
      return orNull(`fromDatetimeLocal(${text})`);
    case "enum":
      return f.optional ? `${text} === "" ? null : (${text} as ${enumType(f)})` : `${text} as ${enumType(f)}`;
  }
}

const enumType = (f: Field) => f.values.map((value) => JSON.stringify(value)).join(" | ");

export const data: Template = (n, fields) => {
  const usesDatetime = fields.some((f) => f.type === "datetime");
  const sorts = sortBy(fields);
  return `import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
${usesDatetime ? 'import { fromDatetimeLocal } from "../lib/datetime-local.js";\n' : ""}import { showSuccess } from "../lib/toast.js";
import type { ${n.Entity}Public } from "../lib/types.js";
import { api } from "./api.js";
import { type ListView, pageFields } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";
import { type SortOrder, searchFields } from "./search-fields.js";
import { oneOf, type ViewFields } from "./view-fields.js";

export type ${n.Entity}Sort = ${sorts.map((s) => JSON.stringify(s)).join(" | ")};

/** What the ${n.pluralWords} list shows: \`/${n.route}?q=…&sort=${sorts[1] ?? sorts[0]}&order=asc&page=2&size=25\`. */
export type ${n.Plural}View = ListView & { q: string; sort: ${n.Entity}Sort; order: SortOrder };

export const ${n.plural}ViewFields: ViewFields<${n.Plural}View> = {
  ...searchFields(oneOf<${n.Entity}Sort>(${JSON.stringify(sorts)}, "created_at")),
  ...pageFields,
};

/** One page of the caller's ${n.pluralWords} (everyone's for a superuser); a blank search is no search. */
export const ${n.plural}Query = ({ q, ...params }: ParamsOf<${n.Plural}View>) => {
  const query = { ...params, q: q || undefined };
  return queryOptions({ queryKey: queryKeys.${n.plural}.list(query), queryFn: () => api.read${n.Plural}(query) });
};

/** ${capitalized(n.article)} ${n.words}'s editable fields as the form holds them (text, as the inputs do). */
export type ${n.Entity}Fields = { ${fields.map((f) => `${f.name}: string`).join("; ")} };

/** The request body of the form's fields. */
export const ${n.entity}Body = (fields: ${n.Entity}Fields) => ({
${fields.map((f) => `  ${f.column}: ${bodyValue(f)},`).join("\n")}
});

/** Adds ${n.article} ${n.words}, or changes \`${n.entity}\` when given; refreshes the ${n.pluralWords} lists. */
export const useSave${n.Entity} = (${n.entity}: () => ${n.Entity}Public | undefined) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (fields: ${n.Entity}Fields) => {
      const body = ${n.entity}Body(fields);
      const existing = ${n.entity}();
      return existing ? api.update${n.Entity}({ id: existing.id, ...body }) : api.create${n.Entity}(body);
    },
    onSuccess: () => showSuccess(${n.entity}() ? ${msg(n, "updated")} : ${msg(n, "created")}),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.${n.plural}.all }),
  }));
};

/** Deletes ${n.article} ${n.words}; refreshes the ${n.pluralWords} lists. */
export const useDelete${n.Entity} = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (${n.entity}: ${n.Entity}Public) => api.delete${n.Entity}({ id: ${n.entity}.id }),
    onSuccess: () => showSuccess(${msg(n, "deleted")}),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.${n.plural}.all }),
  }));
};
`;
};

function formControl(n: ResourceNames, f: Field): string {
  const id = `${n.kebab}-${f.column.replace(/_/g, "-")}`;
  const required = f.optional ? "" : "\n        required";
  switch (f.type) {
    case "boolean":
      return `      <CheckboxField
        id="${id}"
        label={${msg(n, fieldKey(f))}}
        checked={form.field("${f.name}").value === "true"}
        onChange={(checked) => form.field("${f.name}").onValue(String(checked))}
      />`;
    case "enum":
      return `      <FieldShell id="${id}" label={${msg(n, fieldKey(f))}}${f.optional ? "" : " required"}>
        <select
          id="${id}"
          class={inputClass}
          value={form.field("${f.name}").value}
          onChange={(event) => form.field("${f.name}").onValue(event.currentTarget.value)}
        >
${f.optional ? '          <option value="">—</option>\n' : ""}${f.values.map((value) => `          <option value="${value}">{${msg(n, optionKey(f, value))}}</option>`).join("\n")}
        </select>
      </FieldShell>`;
    default: {
      const attributes: Record<Field["type"], string> = {
        string: `placeholder={${msg(n, fieldKey(f))}}\n        maxLength={apiRules.${ruleName(n, f)}.maxLength}`,
        text: `placeholder={${msg(n, fieldKey(f))}}\n        maxLength={apiRules.${ruleName(n, f)}.maxLength}`,
        int: 'type="number" step="1"',
        decimal: 'inputMode="decimal"',
        date: 'type="date"',
        datetime: 'type="datetime-local"',
        boolean: "",
        enum: "",
      };
      return `      <TextField
        id="${id}"
        label={${msg(n, fieldKey(f))}}${required}
        ${attributes[f.type]}
        {...form.field("${f.name}")}
      />`;
    }
  }
}

function rules(n: ResourceNames, f: Field): string[] {
  const list: string[] = [];
  if (!f.optional && f.type !== "boolean" && f.type !== "enum") list.push(`required(() => ${msg(n, requiredKey(f))})`);
  if (f.type === "int") list.push(`blankOr(/^-?\\d{1,10}$/, () => ${msg(n, wholeNumberKey(f))})`);
  if (f.type === "decimal") list.push(`blankOr(/^-?\\d{1,13}(\\.\\d{1,2})?$/, () => ${msg(n, decimalsKey(f))})`);
  return list;
}

function validationImports(fieldRules: readonly (readonly [Field, string[]])[], usesPattern: boolean): string {
  const usesRequired = fieldRules.some(([, list]) => list.some((rule) => rule.startsWith("required")));
  const names = [...(usesPattern ? ["blankOr"] : []), ...(usesRequired ? ["required"] : [])];
  return names.length > 0 ? `import { ${names.join(", ")} } from "../lib/validation.js";\n` : "";
}

export const formDialog: Template = (n, fields) => {
  const types = new Set(fields.map((f) => f.type));
  const hasText = [...types].some((type) => type !== "boolean" && type !== "enum");
  const fieldRules = fields.map((f) => [f, rules(n, f)] as const).filter(([, list]) => list.length > 0);
  const usesPattern = fieldRules.some(([, list]) => list.some((rule) => rule.startsWith("blankOr")));
  const uiImports = [...(types.has("enum") ? ["FieldShell", "inputClass"] : []), ...(hasText ? ["TextField"] : [])];
  const usesRules = fields.some(hasLengthRule);
  return `${usesRules ? 'import { apiRules } from "../api/rules.js";\n' : ""}import { useSave${n.Entity} } from "../data/${n.pluralKebab}.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
${types.has("datetime") ? 'import { toDatetimeLocal } from "../lib/datetime-local.js";\n' : ""}import type { ${n.Entity}Public } from "../lib/types.js";
${validationImports(fieldRules, usesPattern)}import { DialogActions } from "./dialog-actions.js";
${types.has("boolean") ? 'import { CheckboxField } from "./ui/checkbox-field.js";\n' : ""}import { Dialog } from "./ui/dialog.js";
${uiImports.length > 0 ? `import { ${uiImports.join(", ")} } from "./ui/text-field.js";\n` : ""}
type ${n.Entity}FormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus?: () => HTMLElement | undefined;
  /** The ${n.words} to edit; absent to add a new one. */
  ${n.entity}?: ${n.Entity}Public;
};

const ${n.Entity}Form = (props: { ${n.entity}?: ${n.Entity}Public; onDone: () => void }) => {
  const save = useSave${n.Entity}(() => props.${n.entity});
  const form = createForm({
    initial: {
${fields.map((f) => `      ${f.name}: ${initialText(n, f)},`).join("\n")}
    },
    rules: { ${fieldRules.map(([f, list]) => `${f.name}: [${list.join(", ")}]`).join(", ")} },
    onSubmit: (values) => save.mutate(values, { onSuccess: props.onDone }),
  });
  return (
    <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
${fields.map((f) => formControl(n, f)).join("\n")}
      <DialogActions pending={save.isPending} onCancel={props.onDone} />
    </form>
  );
};

/** Add ${Title(n)} / Edit ${Title(n)} dialog. */
export const ${n.Entity}FormDialog = (props: ${n.Entity}FormDialogProps) => (
  <Dialog
    open={props.open}
    onOpenChange={props.onOpenChange}
    returnFocus={props.returnFocus}
    title={props.${n.entity} ? ${msg(n, "edit")} : ${msg(n, "add")}}
    description={props.${n.entity} ? ${msg(n, "editText")} : ${msg(n, "addText")}}
  >
    <${n.Entity}Form ${n.entity}={props.${n.entity}} onDone={() => props.onOpenChange(false)} />
  </Dialog>
);
`;
};

export const actions: Template = (n) => `import { createSignal } from "solid-js";
import { useDelete${n.Entity} } from "../data/${n.pluralKebab}.js";
import { t } from "../i18n/index.js";
import type { ${n.Entity}Public } from "../lib/types.js";
import { ConfirmDialog } from "./confirm-dialog.js";
import { ${n.Entity}FormDialog } from "./${n.kebab}-form-dialog.js";
import { RowActions } from "./row-actions.js";

/** Edit ${Title(n)} / Delete ${Title(n)} for one row of the ${n.pluralWords} table. */
export const ${n.Entity}Actions = (props: { ${n.entity}: ${n.Entity}Public }) => {
  const [editing, setEditing] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  const remove = useDelete${n.Entity}();
  const confirm = () => remove.mutate(props.${n.entity}, { onSuccess: () => setDeleting(false) });
  return (
    <>
      <RowActions
        editLabel={${msg(n, "edit")}}
        deleteLabel={${msg(n, "delete")}}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        triggerRef={(element) => {
          trigger = element;
        }}
      />
      <${n.Entity}FormDialog open={editing()} onOpenChange={setEditing} ${n.entity}={props.${n.entity}} returnFocus={() => trigger} />
      <ConfirmDialog
        open={deleting()}
        onOpenChange={setDeleting}
        title={${msg(n, "delete")}}
        description={${msg(n, "deleteText")}}
        returnFocus={() => trigger}
        pending={remove.isPending}
        onConfirm={confirm}
      />
    </>
  );
};
`;

/** The field's entry in web/src/api/rules.ts (its length limits, read from the OpenAPI document): \`projectName\`. */
export const ruleName = (n: ResourceNames, f: Field): string => `${n.entity}${capitalized(f.name)}`;

/** Strings and texts have length limits the form checks before sending. */
export const hasLengthRule = (f: Field): boolean => f.type === "string" || f.type === "text";

function cell(n: ResourceNames, f: Field): string {
  const value = `${n.entity}.${f.column}`;
  const shown = (() => {
    switch (f.type) {
      case "boolean":
        return `(${value} ? ${msg(n, "yes")} : ${msg(n, "no")})`;
      case "datetime":
        return f.optional ? `(${value} && new Date(${value}).toLocaleString())` : `new Date(${value}).toLocaleString()`;
      case "enum":
        return value;
      default:
        return value;
    }
  })();
  return f.optional && f.type !== "boolean" ? `(${shown} ?? "—")` : shown;
}

/** An optional text's cell: the text, or "No <label>" in italics when there is none. */
const missingText = (n: ResourceNames, f: Field): string => `(
        <Show when={${n.entity}.${f.column}} fallback={<span class="italic">{${msg(n, missingKey(f))}}</span>}>
          {${n.entity}.${f.column}}
        </Show>
      )`;

export const page: Template = (n, fields) => {
  const title = titleField(fields);
  const sortable = new Set(sortedFields(fields).map((f) => f.name));
  const columns = fields.map((f) => {
    const textual = f.type === "text" || f.type === "string";
    const classes =
      f === title ? "font-medium" : textual ? "max-w-xs truncate text-muted-foreground" : "whitespace-nowrap";
    const entries = [
      `header: ${msg(n, fieldKey(f))}`,
      `class: "${classes}"`,
      ...(sortable.has(f.name) ? [`sort: "${f.column}"`] : []),
      `cell: (${n.entity}) => ${textual && f.optional ? missingText(n, f) : cell(n, f)}`,
    ];
    return f === title
      ? `    { ${entries.join(", ")} },`
      : `    {\n${entries.map((entry) => `      ${entry},`).join("\n")}\n    },`;
  });
  return `import Plus from "lucide-solid/icons/plus";
import Search from "lucide-solid/icons/search";
import { createSignal, Show } from "solid-js";
import { CopyId } from "../components/copy-id.js";
import type { Column } from "../components/data-table.js";
import { ListTable } from "../components/list-table.js";
import { PageHeader } from "../components/page-header.js";
import { ${n.Entity}Actions } from "../components/${n.kebab}-actions.js";
import { ${n.Entity}FormDialog } from "../components/${n.kebab}-form-dialog.js";
import { SearchBox } from "../components/search-box.js";
import { Button } from "../components/ui/button.js";
import { createUrlListView } from "../data/list-view.js";
import { createPagedQuery } from "../data/paged-query.js";
import { ${n.plural}Query, ${n.plural}ViewFields } from "../data/${n.pluralKebab}.js";
import { t } from "../i18n/index.js";
import { setTitle } from "../lib/title.js";
import type { ${n.Entity}Public } from "../lib/types.js";

/** \`/${n.route}\`: the caller's ${n.pluralWords} (everyone's for superusers), searched, sorted and paged on the server. */
export default function ${n.Plural}() {
  setTitle(t("title.${n.plural}"));
  const [adding, setAdding] = createSignal(false);
  const list = createUrlListView(${n.plural}ViewFields);
  const ${n.plural} = createPagedQuery(list, ${n.plural}Query);
  const columns: Column<${n.Entity}Public>[] = [
    { header: ${msg(n, "id")}, cell: (${n.entity}) => <CopyId id={${n.entity}.id} /> },
${columns.join("\n")}
    {
      header: t("table.actions"),
      srOnlyHeader: true,
      class: "w-12 text-right",
      cell: (${n.entity}) => <${n.Entity}Actions ${n.entity}={${n.entity}} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={${msg(n, "heading")}}
        subtitle={${msg(n, "subtitle")}}
        action={
          <Button onClick={() => setAdding(true)}>
            <Plus class="size-4" aria-hidden="true" /> {${msg(n, "add")}}
          </Button>
        }
      />
      <div class="mb-4">
        <SearchBox label={${msg(n, "search")}} value={list.view.q} onSearch={(q) => list.update({ q })} />
      </div>
      <Show
        when={${n.plural}.loading() || ${n.plural}.count() > 0 || list.view.q}
        fallback={
          <div class="flex flex-col items-center justify-center rounded-lg border border-dashed py-16 text-center">
            <div class="mb-4 rounded-full bg-muted p-4">
              <Search class="size-8 text-muted-foreground" aria-hidden="true" />
            </div>
            <h2 class="text-lg font-semibold">{${msg(n, "emptyTitle")}}</h2>
            <p class="text-muted-foreground">{${msg(n, "emptyText")}}</p>
          </div>
        }
      >
        <ListTable columns={columns} list={list} paged={${n.plural}} />
      </Show>
      <${n.Entity}FormDialog open={adding()} onOpenChange={setAdding} />
    </>
  );
}
`;
};

/** What the spec types into the form for a field, and what the row then shows. */
function fill(n: ResourceNames, f: Field, which: 0 | 1): string {
  const locator = `dialog.locator("#${n.kebab}-${f.column.replace(/_/g, "-")}")`;
  switch (f.type) {
    case "boolean":
      return `  await ${locator}.${which === 0 ? "check" : "uncheck"}();`;
    case "enum":
      return `  await ${locator}.selectOption(${JSON.stringify(f.values[which] ?? f.values[0])});`;
    case "int":
      return `  await ${locator}.fill("${which === 0 ? 42 : 7}");`;
    case "decimal":
      return `  await ${locator}.fill("${which === 0 ? "12.5" : "3.25"}");`;
    case "date":
      return `  await ${locator}.fill("${which === 0 ? "2026-03-04" : "2027-05-06"}");`;
    case "datetime":
      return `  await ${locator}.fill("${which === 0 ? "2026-03-04T05:06" : "2027-05-06T07:08"}");`;
    default:
      return "";
  }
}

export const spec: Template = (n, fields) => {
  const title = titleField(fields);
  const titleId = `#${n.kebab}-${title.column.replace(/_/g, "-")}`;
  const others = fields.filter((f) => f !== title);
  const otherText = others.filter((f) => f.type === "string" || f.type === "text");
  return `import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { uniqueSuffix } from "./support/random.js";
import { openAs } from "./support/session.js";
import { openRowMenu, rowWith } from "./support/table.js";

test.use({ storageState: ANONYMOUS });

test("${n.pluralWords}: added, searched, sorted, edited and deleted through the page", async ({ page, request }) => {
  test.setTimeout(90_000);
  const user = await createUser(request);
  await openAs(page, user, "/");
  await page.getByRole("link", { name: "${PluralTitle(n)}", exact: true }).click();
  await expect(page).toHaveURL(/\\/${n.route}$/);
  await expect(page).toHaveTitle(\`${PluralTitle(n)} - \${e2eEnv.projectName}\`);
  await expect(page.getByText("You don't have any ${n.pluralWords} yet")).toBeVisible();

  const suffix = uniqueSuffix();
  for (const name of [\`Beta \${suffix}\`, \`Alpha \${suffix}\`]) {
    await page.getByRole("button", { name: "Add ${Title(n)}" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Add ${Title(n)}" })).toBeVisible();
    await dialog.locator("${titleId}").fill(name);
${otherText.map((f) => `    await dialog.locator("#${n.kebab}-${f.column.replace(/_/g, "-")}").fill(\`${f.label} of \${name}\`);`).join("\n")}
${others
  .filter((f) => f.type !== "string" && f.type !== "text")
  .map((f) => `  ${fill(n, f, 0)}`)
  .join("\n")}
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("${Title(n)} created successfully").first()).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(rowWith(page, name)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, "/${n.route} (with rows)");

  await page.getByLabel("Search ${n.pluralWords}").fill(\`Alpha \${suffix}\`);
  await expect(page).toHaveURL(/[?&]q=Alpha/);
  await expect(rowWith(page, \`Beta \${suffix}\`)).toBeHidden();
  await expect(rowWith(page, \`Alpha \${suffix}\`)).toBeVisible();

  await page.goto("/${n.route}?sort=${title.column}&order=asc");
  const names = page.getByRole("row").filter({ hasText: suffix });
  await expect(names).toHaveCount(2);
  await expect(names.first()).toContainText(\`Alpha \${suffix}\`);
  await page.reload();
  await expect(names.first()).toContainText(\`Alpha \${suffix}\`);

  await openRowMenu(page, \`Alpha \${suffix}\`);
  await page.getByRole("menuitem", { name: "Edit ${Title(n)}" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("${titleId}")).toHaveValue(\`Alpha \${suffix}\`);
  await dialog.locator("${titleId}").fill(\`Gamma \${suffix}\`);
${others
  .filter((f) => f.type !== "string" && f.type !== "text")
  .map((f) => fill(n, f, 1))
  .join("\n")}
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("${Title(n)} updated successfully")).toBeVisible();
  await expect(rowWith(page, \`Gamma \${suffix}\`)).toBeVisible();

  await openRowMenu(page, \`Gamma \${suffix}\`);
  await page.getByRole("menuitem", { name: "Delete ${Title(n)}" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The ${n.words} was deleted successfully")).toBeVisible();
  await expect(rowWith(page, \`Gamma \${suffix}\`)).toBeHidden();
  await expect(rowWith(page, \`Beta \${suffix}\`)).toBeVisible();
});
`;
};
