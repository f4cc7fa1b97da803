/** The source of src/script/_templates.generated.ts, from the .mustache files. */
export function generateTemplatesModule(): string;
