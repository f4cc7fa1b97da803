// An app that ends up with both builds loaded (an ESM app using a CommonJS helper library that
// requires followup-call): an error thrown by one copy is still recognised by the other.
import { createRequire } from "node:module";
import { bestCallTime, isFollowUpError } from "followup-call";

const require = createRequire(import.meta.url);
const commonjs = require("followup-call");
if (commonjs.bestCallTime === bestCallTime) throw new Error("expected two copies of the package");

let caught;
try {
  commonjs.bestCallTime({ interviewedAt: "2026-11-17T14:00", timeZone: "America/New_York" });
} catch (error) {
  caught = error;
}
if (!isFollowUpError(caught)) throw new Error("the ESM copy did not recognise the CommonJS copy's error");
if (!commonjs.isFollowUpError(caught)) throw new Error("the CommonJS copy did not recognise its own error");
console.log(`ESM and CommonJS copies agree: ${caught.issues[0].path.join(".")} ${caught.issues[0].message}`);
