import { createMutation, useQueryClient } from "@tanstack/solid-query";
import { createSignal, Show } from "solid-js";
import { api } from "../../lib/api.js";
import { createForm } from "../../lib/create-form.js";
import { CURRENT_USER_KEY } from "../../lib/current-user.js";
import { showError, showSuccess } from "../../lib/toast.js";
import type { UserPublic } from "../../lib/types.js";
import { email, maxLength } from "../../lib/validation.js";
import { Button } from "../ui/button.js";
import { TextField } from "../ui/text-field.js";

const ReadOnly = (props: { label: string; value: string | null }) => (
  <div class="grid gap-2">
    <p class="text-sm font-medium">{props.label}</p>
    <p class={`py-1.5 ${props.value ? "" : "text-muted-foreground"}`}>{props.value || "N/A"}</p>
  </div>
);

/** Settings › My profile: shows the name and e-mail, edits them in place and sends only what changed. */
export const ProfileForm = (props: { user: UserPublic }) => {
  const queryClient = useQueryClient();
  const [editing, setEditing] = createSignal(false);
  const save = createMutation(() => ({
    mutationFn: (changes: { full_name?: string; email?: string }) => api.updateUserMe(changes),
    onSuccess: (user) => {
      showSuccess("User updated successfully");
      queryClient.setQueryData(CURRENT_USER_KEY, user);
      form.reset({ full_name: user.full_name ?? "", email: user.email });
      setEditing(false);
    },
    onError: showError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: CURRENT_USER_KEY }),
  }));
  const form = createForm({
    initial: { full_name: props.user.full_name ?? "", email: props.user.email },
    rules: { full_name: [maxLength(30, "Full name must be at most 30 characters")], email: [email] },
    onSubmit: (values) => {
      const changes: { full_name?: string; email?: string } = {};
      if (values.full_name !== (props.user.full_name ?? "")) changes.full_name = values.full_name;
      if (values.email !== props.user.email) changes.email = values.email.trim();
      return save.mutateAsync(changes).catch(() => undefined);
    },
  });
  const cancel = () => {
    form.reset();
    setEditing(false);
  };
  return (
    <section class="max-w-md" aria-labelledby="profile-heading">
      <h2 id="profile-heading" class="mb-4 text-lg font-semibold">
        User Information
      </h2>
      <form class="grid gap-4" noValidate onSubmit={form.handleSubmit}>
        <Show
          when={editing()}
          fallback={
            <>
              <ReadOnly label="Full name" value={props.user.full_name} />
              <ReadOnly label="Email" value={props.user.email} />
            </>
          }
        >
          <TextField id="full_name" label="Full name" maxLength={30} autocomplete="name" {...form.field("full_name")} />
          <TextField id="email" label="Email" type="email" autocomplete="email" {...form.field("email")} />
        </Show>
        <div class="flex gap-2">
          <Show when={editing()} fallback={<Button onClick={() => setEditing(true)}>Edit</Button>}>
            <Button type="submit" loading={save.isPending} disabled={!form.dirty()}>
              Save
            </Button>
            <Button variant="outline" disabled={save.isPending} onClick={cancel}>
              Cancel
            </Button>
          </Show>
        </div>
      </form>
    </section>
  );
};
