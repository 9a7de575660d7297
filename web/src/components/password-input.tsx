import Eye from "lucide-solid/icons/eye";
import EyeOff from "lucide-solid/icons/eye-off";
import { createSignal, type JSX, Show } from "solid-js";
import { t } from "../i18n/index.js";
import { FieldShell, inputClass } from "./ui/text-field.js";

type PasswordInputProps = {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  error?: string;
  required?: boolean;
  testId?: string;
  autocomplete?: string;
  labelAside?: JSX.Element;
  onValue: (value: string) => void;
  onBlur?: () => void;
};

/** A labelled password input with a Show/Hide password toggle. */
export const PasswordInput = (props: PasswordInputProps) => {
  const [visible, setVisible] = createSignal(false);
  return (
    <FieldShell
      id={props.id}
      label={props.label}
      required={props.required}
      error={props.error}
      labelAside={props.labelAside}
    >
      <div class="relative">
        <input
          id={props.id}
          name={props.id}
          type={visible() ? "text" : "password"}
          class={`${inputClass} pr-10`}
          value={props.value}
          placeholder={props.placeholder}
          autocomplete={props.autocomplete ?? "current-password"}
          data-testid={props.testId}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
          onInput={(event) => props.onValue(event.currentTarget.value)}
          onBlur={() => props.onBlur?.()}
        />
        <button
          type="button"
          class="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring cursor-pointer"
          aria-label={visible() ? t("field.hidePassword") : t("field.showPassword")}
          onClick={() => setVisible(!visible())}
        >
          <Show when={visible()} fallback={<Eye class="size-4" aria-hidden="true" />}>
            <EyeOff class="size-4" aria-hidden="true" />
          </Show>
        </button>
      </div>
    </FieldShell>
  );
};
