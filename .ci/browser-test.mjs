// A real browser: bundles examples/browser with the ESM build, serves it, and drives Debian's
// chromium with playwright-core: fills the form as a user would and checks the page. `.ci/run`
// installs chromium when it is missing; locally this fails loudly without it (set
// FOLLOWUP_SKIP_BROWSER=1 to skip on purpose).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const executablePath = candidates.find((path) => existsSync(path));
if (executablePath === undefined) {
  if (process.env.FOLLOWUP_SKIP_BROWSER === "1") {
    console.log("browser test SKIPPED on purpose (FOLLOWUP_SKIP_BROWSER=1): chromium not found");
    process.exit(0);
  }
  console.error("browser test FAILED: no chromium found (install Debian's chromium: apt-get install chromium, or set CHROMIUM_PATH)");
  process.exit(1);
}

const out = join("node_modules", ".cache", "browser-example");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["examples/browser/main.ts"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  alias: { "followup-call": "./dist/index.js" },
  outfile: join(out, "main.js"),
  logLevel: "error",
});
copyFileSync("examples/browser/index.html", join(out, "index.html"));

const types = { ".html": "text/html", ".js": "text/javascript" };
const server = createServer((request, response) => {
  const name = request.url === "/" ? "index.html" : (request.url ?? "").slice(1);
  const path = join(out, name);
  if (!/^[\w.-]+$/.test(name) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
let failed = false;
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  failed ||= !ok;
};
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.fill("#interview", "2026-11-10T14:00");
  await page.click("#go");
  await page.waitForSelector("#when");
  check((await page.textContent("#when")) === "Call at 2026-11-17T10:00:00-05:00 (the interviewer's clock).", "the recommendation on the interviewer's clock");
  check((await page.textContent("#yours")) === "That is 2026-11-17T15:00:00+00:00 for you.", "the same moment on the candidate's clock");
  check(((await page.textContent("#script")) ?? "").startsWith("Hi Priya, this is Dana Whitfield."), "the call script, greeting by first name");
  await page.fill("#zone", "EST");
  await page.click("#go");
  await page.waitForSelector("#error");
  check(((await page.textContent("#error")) ?? "").includes("America/New_York"), "a typed error for a zone abbreviation, with a hint");
  check(errors.length === 0, `no uncaught errors in the page${errors.length ? `: ${errors.join("; ")}` : ""}`);
} finally {
  await browser.close();
  server.close();
}
console.log(failed ? "browser test FAILED" : `browser test passed in ${executablePath}`);
process.exit(failed ? 1 : 0);
