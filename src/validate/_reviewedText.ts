/** A script text under review (placeholder type completed by the content rules). */
export interface ReviewedText {
  readonly kind: "call" | "voicemail";
  readonly path: readonly (string | number)[];
  readonly text: string;
}
