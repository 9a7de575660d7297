import { Body, Get, Put, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ChooseMyLocale, ReadMyLocale } from "../../../core/users/locale.js";
import { BEARER, principalOf } from "../authentication.js";
import type { HTTPValidationError } from "../validation-error.js";

/** The caller's settings kept beside the account (not part of the user's public fields). */
export interface UserPreferences {
  /** The language of the app and of the e-mails sent to the user; null = none chosen (the browser's applies). */
  locale: "en" | "de" | null;
}

@injectable()
@Route("api/v1/users/me/preferences")
@Tags("users")
@Security(BEARER)
@Response<HTTPValidationError>(422, "Validation Error")
export class PreferencesController {
  constructor(
    @inject(ReadMyLocale) private readonly readLocale: ReadMyLocale,
    @inject(ChooseMyLocale) private readonly chooseLocale: ChooseMyLocale,
  ) {}

  /** The caller's preferences. */
  @Get()
  public async readMyPreferences(@Request() request: KoaRequest): Promise<UserPreferences> {
    return { locale: await this.readLocale.execute(principalOf(request).actor) };
  }

  /** Replaces the caller's preferences. */
  @Put()
  public async updateMyPreferences(
    @Request() request: KoaRequest,
    @Body() body: UserPreferences,
  ): Promise<UserPreferences> {
    return { locale: await this.chooseLocale.execute(principalOf(request).actor, body.locale) };
  }
}
