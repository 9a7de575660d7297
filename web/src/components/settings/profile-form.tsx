import { createSignal, Show } from "solid-js";
import { apiRules } from "../../api/rules.js";
import { useUpdateMe } from "../../data/current-user.js";
import { t } from "../../i18n/index.js";
import { createForm } from "../../lib/create-form.js";
import type { UserPublic } from "../../lib/types.js";
import { email, fullName } from "../../lib/validation.js";
import { Button } from "../ui/button.js";
import { TextField } from "../ui/text-field.js";

const ReadOnly = (props: { label: string; value: string | null }) => (
  <div class="grid gap-2">
    <p class="text-sm font-medium">{props.label}</p>
    <p class={`py-1.5 ${props.value ? "" : "text-muted-foreground"}`}>{props.value || t("users.notAvailable")}</p>
  </div>
);

/** Settings › My profile: shows the name and e-mail, edits them in place and sends only what changed. */
export const ProfileForm = (props: { user: UserPublic }) => {
  const [editing, setEditing] = createSignal(false);
  const save = useUpdateMe();
  const form = createForm({
    initial: { full_name: props.user.full_name ?? "", email: props.user.email },
    rules: { full_name: [fullName], email: [email] },
    onSubmit: (values) => {
      const changes: { full_name?: string; email?: string } = {};
      if (values.full_name !== (props.user.full_name ?? "")) changes.full_name = values.full_name;
      if (values.email !== props.user.email) changes.email = values.email.trim();
      save.mutate(changes, {
        onSuccess: (user) => {
          form.reset({ full_name: user.full_name ?? "", email: user.email });
          setEditing(false);
        },
      });
    },
  });
  const cancel = () => {
    form.reset();
    setEditing(false);
  };
  return (
    <section class="max-w-md" aria-labelledby="profile-heading">
      <h2 id="profile-heading" class="mb-4 text-lg font-semibold">
        {t("settings.userInformation")}
      </h2>
      <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
        <Show
          when={editing()}
          fallback={
            <>
              <ReadOnly label={t("settings.fullName")} value={props.user.full_name} />
              <ReadOnly label={t("field.email")} value={props.user.email} />
            </>
          }
        >
          <TextField
            id="full_name"
            label={t("settings.fullName")}
            maxLength={apiRules.fullName.maxLength}
            autocomplete="name"
            {...form.field("full_name")}
          />
          <TextField id="email" label={t("field.email")} type="email" autocomplete="email" {...form.field("email")} />
        </Show>
        <div class="flex gap-2">
          <Show when={editing()} fallback={<Button onClick={() => setEditing(true)}>{t("settings.edit")}</Button>}>
            <Button type="submit" loading={save.isPending} disabled={!form.dirty()}>
              {t("table.save")}
            </Button>
            <Button variant="outline" disabled={save.isPending} onClick={cancel}>
              {t("table.cancel")}
            </Button>
          </Show>
        </div>
      </form>
    </section>
  );
};
