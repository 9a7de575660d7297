export type ButtonVariant = "primary" | "outline" | "ghost" | "destructive" | "link";
export type ButtonSize = "default" | "sm" | "icon";

const base =
  "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-60 cursor-pointer";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-primary text-primary-foreground hover:bg-primary-hover",
  outline: "border border-input bg-background hover:bg-accent",
  ghost: "hover:bg-accent",
  destructive: "bg-destructive text-white hover:opacity-90",
  link: "underline underline-offset-4 hover:opacity-80 px-0!",
};

const sizes: Record<ButtonSize, string> = {
  default: "h-9 px-4",
  sm: "h-8 px-3",
  icon: "size-9",
};

/** Tailwind classes of a button, shared by <Button> and Kobalte triggers. */
export const buttonClass = (variant: ButtonVariant = "primary", size: ButtonSize = "default", extra = ""): string =>
  `${base} ${variants[variant]} ${sizes[size]} ${extra}`;
