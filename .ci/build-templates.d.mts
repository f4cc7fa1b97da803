/** The source of src/script/internal/templates.generated.ts, from the .mustache files. */
export function generateTemplatesModule(): string;
