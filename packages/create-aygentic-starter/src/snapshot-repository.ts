import { resolve } from "node:path";
import { writeSnapshot } from "./snapshot.js";
import { readTemplateTree } from "./template-files.js";

/** `prepack`: snapshot the repository's files into the package (`node dist/snapshot-repository.js <repo> <file>`). */
const [root = "../..", file = "template.json.gz"] = process.argv.slice(2);
const files = await readTemplateTree(resolve(root));
await writeSnapshot(resolve(file), files);
console.log(`Snapshot of ${files.length} files from ${resolve(root)} written to ${file}.`);
