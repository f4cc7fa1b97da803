import { affirmed } from "../text/clauseView";
import { clauseRule } from "./internal/clauseRule";

/** D5: mention another offer only if it is real; the library cannot tell, so it reminds. */
export default /* @__PURE__ */ clauseRule({
  id: "honest-offers-only",
  meta: {
    description: "Mention another job offer only if you really have one; never invent one to apply pressure.",
    defaultSeverity: "info",
    sources: ["monster", "chulaw"],
    derived: false,
    scope: "text",
    messages: {
      found: '"{{words}}" mentions another offer: say it only if it is real, and without pressure.',
    },
  },
  find({ clause }) {
    // "I don't have any other offers" mentions none.
    const offer = affirmed(clause, "competing-offer");
    return offer === undefined ? undefined : [offer];
  },
  suggestion: "If the offer is real, say so plainly and ask about their timeline; if not, leave it out.",
});
