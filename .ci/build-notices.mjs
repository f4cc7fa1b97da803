// Writes dist/THIRD-PARTY-NOTICES.md: the name, version and licence texts of every package the
// build bundles into dist (.ci/bundled-dependencies.json), read from the installed packages so
// the file always matches what was bundled.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const bundled = JSON.parse(readFileSync(new URL("./bundled-dependencies.json", import.meta.url), "utf8"));
const sections = bundled.map((name) => {
  const folder = join("node_modules", name);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const licenceFiles = readdirSync(folder)
    .filter((file) => /^licen[cs]e/i.test(file))
    .sort();
  if (licenceFiles.length === 0) throw new Error(`${name} ships no licence file to copy`);
  const texts = licenceFiles.map((file) => `### ${file}\n\n\`\`\`text\n${readFileSync(join(folder, file), "utf8").trim()}\n\`\`\``);
  return `## ${name} ${manifest.version} (${manifest.license})\n\n${texts.join("\n\n")}`;
});
writeFileSync(
  join("dist", "THIRD-PARTY-NOTICES.md"),
  `# Third-party notices\n\nThe files in dist/ include code from these packages, bundled at build time.\n\n${sections.join("\n\n")}\n`,
);
console.log(`dist/THIRD-PARTY-NOTICES.md: ${bundled.join(", ")}`);
