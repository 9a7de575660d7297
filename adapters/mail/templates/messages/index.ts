import type { Locale } from "../../../../core/users/locale.js";
import { de } from "./de.js";
import type { EmailMessages } from "./email-messages.js";
import { en } from "./en.js";

export type { EmailMessages } from "./email-messages.js";

const catalogues: Record<Locale, EmailMessages> = { en, de };

/** The texts of the e-mails in `locale`; English when none is known. */
export const emailMessages = (locale: Locale | null | undefined): EmailMessages => catalogues[locale ?? "en"];
