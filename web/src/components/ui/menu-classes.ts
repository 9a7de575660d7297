export const menuContentClass = "z-50 min-w-40 rounded-md border bg-card p-1 text-foreground shadow-md outline-none";

export const menuItemClass =
  "flex cursor-pointer select-none items-center gap-2 rounded-sm px-2 py-1.5 text-left text-sm outline-none " +
  "hover:bg-accent data-[highlighted]:bg-accent data-[disabled]:opacity-50";
