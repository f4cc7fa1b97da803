import { createColors } from "picocolors";

/** The colours the CLI uses; plain strings when colour is off. */
export type Colors = ReturnType<typeof createColors>;

export function colorsFor(enabled: boolean): Colors {
  return createColors(enabled);
}
