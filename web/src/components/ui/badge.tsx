import type { JSX } from "solid-js";

/** A small pill label. */
export const Badge = (props: { children: JSX.Element; variant?: "primary" | "muted" }) => (
  <span
    class={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ${
      props.variant === "primary" ? "bg-primary text-primary-foreground" : "bg-muted text-foreground"
    }`}
  >
    {props.children}
  </span>
);
