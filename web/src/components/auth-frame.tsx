import type { JSX } from "solid-js";
import { PageFooter } from "./page-footer.js";
import { ThemeMenu } from "./theme-menu.js";
import { Logo } from "./ui/logo.js";

/** The look of the public pages: brand panel on the left, theme button, centred content and footer on the right. */
export const AuthFrame = (props: { children: JSX.Element }) => (
  <div class="grid min-h-screen lg:grid-cols-2">
    <aside class="hidden items-center justify-center bg-sidebar lg:flex">
      <Logo class="scale-150" />
    </aside>
    <div class="flex flex-col p-6 md:p-10">
      <div class="flex justify-end">
        <ThemeMenu variant="icon" />
      </div>
      <main class="flex flex-1 items-center justify-center py-8">
        <div class="w-full max-w-xs">{props.children}</div>
      </main>
      <PageFooter />
    </div>
  </div>
);
