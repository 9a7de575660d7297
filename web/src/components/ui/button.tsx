import { type JSX, splitProps } from "solid-js";
import { type ButtonSize, type ButtonVariant, buttonClass } from "./button-class.js";

type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  loading?: boolean;
};

/** A styled native button; `loading` disables it and marks it busy. */
export const Button = (props: ButtonProps) => {
  const [local, rest] = splitProps(props, ["variant", "size", "class", "loading", "disabled", "type"]);
  return (
    <button
      type={local.type ?? "button"}
      class={buttonClass(local.variant, local.size, local.class ?? "")}
      disabled={local.disabled || local.loading}
      aria-busy={local.loading ? "true" : undefined}
      {...rest}
    />
  );
};
