import { useNavigate } from "@solidjs/router";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { PasswordInput } from "../components/password-input.js";
import { Button } from "../components/ui/button.js";
import { TextField } from "../components/ui/text-field.js";
import { api } from "../lib/api.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { showError } from "../lib/toast.js";
import { email, matches, password, required } from "../lib/validation.js";

/** `/signup`: self-registration, then on to the login page. */
export default function Signup() {
  setTitle("Sign Up");
  const navigate = useNavigate();
  const form = createForm({
    initial: { full_name: "", email: "", password: "", confirm_password: "" },
    rules: {
      full_name: [required("Full Name is required")],
      email: [email],
      password: [password],
      confirm_password: [matches("password", "Password confirmation is required")],
    },
    onSubmit: async (values) => {
      try {
        await api.registerUser({ full_name: values.full_name, email: values.email.trim(), password: values.password });
        navigate("/login");
      } catch (error) {
        showError(error);
      }
    },
  });
  return (
    <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
      <AuthHeading>Create an account</AuthHeading>
      <TextField
        id="full_name"
        label="Full Name"
        placeholder="User"
        autocomplete="name"
        testId="full-name-input"
        {...form.field("full_name")}
      />
      <TextField
        id="email"
        label="Email"
        type="email"
        placeholder="user@example.com"
        autocomplete="email"
        testId="email-input"
        {...form.field("email")}
      />
      <PasswordInput
        id="password"
        label="Password"
        placeholder="Password"
        autocomplete="new-password"
        testId="password-input"
        {...form.field("password")}
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
        Sign Up
      </Button>
      <BackToLogin question="Already have an account?" />
    </form>
  );
}
