import { A } from "@solidjs/router";

/** "<question> Log in" link under an auth form. */
export const BackToLogin = (props: { question: string }) => (
  <p class="text-center text-sm">
    {props.question}{" "}
    <A href="/login" class="underline underline-offset-4">
      Log in
    </A>
  </p>
);
