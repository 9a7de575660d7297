import { A } from "@solidjs/router";
import { t } from "../i18n/index.js";

/** "<question> Log in" link under an auth form. */
export const BackToLogin = (props: { question: string }) => (
  <p class="text-center text-sm">
    {props.question}{" "}
    <A href="/login" class="underline underline-offset-4">
      {t("recover.logIn")}
    </A>
  </p>
);
