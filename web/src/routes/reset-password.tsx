import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { PasswordInput } from "../components/password-input.js";
import { Button } from "../components/ui/button.js";
import { api } from "../lib/api.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { showError, showSuccess } from "../lib/toast.js";
import { matches, password } from "../lib/validation.js";

/** `/reset-password?token=…`: sets a new password with the e-mailed token. */
export default function ResetPassword() {
  setTitle("Reset Password");
  const navigate = useNavigate();
  const [params] = useSearchParams<{ token?: string }>();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const form = createForm({
    initial: { new_password: "", confirm_password: "" },
    rules: {
      new_password: [password],
      confirm_password: [matches("new_password", "Password confirmation is required")],
    },
    onSubmit: async (values) => {
      try {
        await api.resetPassword({ token: token(), new_password: values.new_password });
        showSuccess("Password updated successfully");
        navigate("/login");
      } catch (error) {
        showError(error);
      }
    },
  });
  return (
    <Show when={token() !== ""} fallback={<Navigate href="/login" />}>
      <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
        <AuthHeading>Reset Password</AuthHeading>
        <PasswordInput
          id="new_password"
          label="New Password"
          placeholder="New Password"
          autocomplete="new-password"
          testId="new-password-input"
          {...form.field("new_password")}
        />
        <PasswordInput
          id="confirm_password"
          label="Confirm Password"
          placeholder="Confirm Password"
          autocomplete="new-password"
          testId="confirm-password-input"
          {...form.field("confirm_password")}
        />
        <Button type="submit" class="w-full" loading={form.submitting()}>
          Reset Password
        </Button>
        <BackToLogin question="Remember your password?" />
      </form>
    </Show>
  );
}
