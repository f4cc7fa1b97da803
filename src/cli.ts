/**
 * The `followup-call` command (Node only; its own entry, so the library stays free of Node
 * built-ins). `followup-call --help` lists the commands.
 */
import { readFileSync } from "node:fs";
import { runCli } from "./cli/program";
import packageJson from "../package.json";

const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== "dumb";

process.exitCode = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readInput: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
    color,
  },
  packageJson.version,
);
