import { describe, expect, test } from "vitest";
import { readEnvValue, withEnvValues } from "./env-file.js";

const example = `# Settings
PROJECT_NAME="Starter"
SECRET_KEY=changethis
# SECRET_KEY=not-this-one
DOMAIN=localhost
`;

describe("withEnvValues", () => {
  test("sets the keys in place and keeps comments and order", () => {
    const env = withEnvValues(example, { PROJECT_NAME: "Acme Portal", SECRET_KEY: "s3cr3t-_x", DOMAIN: "acme.test" });
    expect(env).toBe(`# Settings
PROJECT_NAME="Acme Portal"
SECRET_KEY=s3cr3t-_x
# SECRET_KEY=not-this-one
DOMAIN=acme.test
`);
  });

  test("appends the keys the example lacks", () => {
    expect(withEnvValues("A=1", { B: "2", C: "3" })).toBe("A=1\nB=2\nC=3\n");
  });

  test("quotes what dotenv or Compose would otherwise read differently, and reads it back", () => {
    const tricky = 'a b "c" $HOME \\ #x';
    const env = withEnvValues(example, { PROJECT_NAME: tricky });
    expect(env).toContain('PROJECT_NAME="a b \\"c\\" \\$HOME \\\\ #x"');
    expect(readEnvValue(env, "PROJECT_NAME")).toBe(tricky);
  });

  test("reads plain and missing values", () => {
    expect(readEnvValue(example, "DOMAIN")).toBe("localhost");
    expect(readEnvValue(example, "MISSING")).toBeUndefined();
  });
});
