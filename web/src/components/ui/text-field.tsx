import { type JSX, Show, splitProps } from "solid-js";

export const inputClass =
  "flex h-9 w-full rounded-md border border-input bg-background px-3 py-1 text-sm shadow-xs " +
  "placeholder:text-muted-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring " +
  "aria-invalid:border-destructive-text disabled:opacity-60";

type FieldProps = {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  labelAside?: JSX.Element;
  children: JSX.Element;
};

/** A label bound to its control, the control, and the first validation message under it. */
export const FieldShell = (props: FieldProps) => (
  <div class="grid gap-2">
    <div class="flex items-center justify-between">
      <label for={props.id} class="text-sm font-medium">
        {props.label}
        <Show when={props.required}>
          {" "}
          <span class="text-destructive-text">*</span>
        </Show>
      </label>
      {props.labelAside}
    </div>
    {props.children}
    <Show when={props.error}>
      <p id={`${props.id}-error`} class="text-sm text-destructive-text">
        {props.error}
      </p>
    </Show>
  </div>
);

type TextFieldProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "value" | "onInput" | "onBlur"> & {
  id: string;
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  testId?: string;
  labelAside?: JSX.Element;
  onValue: (value: string) => void;
  onBlur?: () => void;
};

/** A labelled text input with its validation message. */
export const TextField = (props: TextFieldProps) => {
  const [local, rest] = splitProps(props, [
    "id",
    "label",
    "value",
    "error",
    "required",
    "testId",
    "labelAside",
    "onValue",
    "onBlur",
    "class",
  ]);
  return (
    <FieldShell
      id={local.id}
      label={local.label}
      required={local.required}
      error={local.error}
      labelAside={local.labelAside}
    >
      <input
        id={local.id}
        name={local.id}
        class={`${inputClass} ${local.class ?? ""}`}
        value={local.value}
        data-testid={local.testId}
        aria-required={local.required ? "true" : undefined}
        aria-invalid={local.error ? "true" : undefined}
        aria-describedby={local.error ? `${local.id}-error` : undefined}
        onInput={(event) => local.onValue(event.currentTarget.value)}
        onBlur={() => local.onBlur?.()}
        {...rest}
      />
    </FieldShell>
  );
};
