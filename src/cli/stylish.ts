import type { Diagnostic } from "../types";
import type { Colors } from "./colors";

/** One file's report for the "stylish" format. */
export interface FileReport {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * ESLint's "stylish" layout: each file, then one line per diagnostic (where, severity,
 * message, rule id and sources), then the totals.
 */
export function stylish(reports: readonly FileReport[], colors: Colors): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { file, diagnostics } of reports) {
    if (diagnostics.length === 0) continue;
    lines.push("", colors.underline(file));
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === "error") errors++;
      else if (diagnostic.severity === "warning") warnings++;
      else infos++;
      const where = `${diagnostic.path.join(".") || "(text)"}${diagnostic.span ? `:${diagnostic.span.start}-${diagnostic.span.end}` : ""}`;
      // Padded before it is coloured: the colour codes would count towards the width.
      const word = (diagnostic.severity as string).padEnd("warning".length);
      const severity = diagnostic.severity === "error" ? colors.red(word) : diagnostic.severity === "warning" ? colors.yellow(word) : colors.blue(word);
      const sources = diagnostic.sources.length > 0 ? diagnostic.sources.join(", ") : "derived";
      lines.push(`  ${colors.dim(where.padEnd(22))} ${severity}  ${diagnostic.message}  ${colors.dim(`${diagnostic.ruleId} (${sources})`)}`);
      if (diagnostic.suggestion) lines.push(`  ${" ".repeat(22)}    ${colors.dim(`→ ${diagnostic.suggestion}`)}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return `${colors.green("✔")} no problems\n`;
  const summary = `${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info)`;
  lines.push("", errors > 0 ? colors.red(colors.bold(`✖ ${summary}`)) : colors.yellow(colors.bold(`⚠ ${summary}`)), "");
  return lines.join("\n");
}
