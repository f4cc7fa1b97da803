export function generateLexiconModule(locale: string): string;
export function lexiconLocales(): string[];
