import { describe, expect, it } from "vitest";
import { InMemoryLocaleRepository } from "../../adapters/memory/in-memory-locale-repository.js";
import { ChooseMyLocale, ReadMyLocale } from "./locale.js";

describe("the caller's language", () => {
  const ann = { id: "ann", isSuperuser: false };
  const bob = { id: "bob", isSuperuser: false };

  it("is none until chosen, is the caller's own, and can be forgotten again", async () => {
    const locales = new InMemoryLocaleRepository();
    const read = new ReadMyLocale(locales);
    const choose = new ChooseMyLocale(locales);
    expect(await read.execute(ann)).toBeNull();
    expect(await choose.execute(ann, "de")).toBe("de");
    expect(await read.execute(ann)).toBe("de");
    expect(await read.execute(bob)).toBeNull();
    expect(await choose.execute(ann, null)).toBeNull();
    expect(await read.execute(ann)).toBeNull();
  });
});
