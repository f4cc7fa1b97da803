import { BoundedCache } from "./boundedCache";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
// Message templates are a fixed, small set: split each once into text and names.
const compiledMessages = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(1_024);

function compileMessage(template: string): readonly string[] {
  const cached = compiledMessages.get(template);
  return cached ?? compiledMessages.set(template, template.split(PLACEHOLDER));
}

/** Fills `{{name}}` in a message template from a report's data; unknown names stay as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (data === undefined) return template;
  const pieces = compileMessage(template);
  let message = pieces[0] ?? "";
  for (let index = 1; index < pieces.length; index += 2) {
    const name = pieces[index] as string;
    message += (Object.hasOwn(data, name) ? String(data[name]) : `{{${name}}}`) + (pieces[index + 1] ?? "");
  }
  return message;
}
