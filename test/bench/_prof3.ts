import { benchPlan } from "./validate";
import { validateCallPlan, BUILT_IN_RULE_IDS } from "../../src/index";
const only = process.argv[2]!;
const off = Object.fromEntries(BUILT_IN_RULE_IDS.map((id) => [id, id === only ? "error" : "off"]));
for (let i = 0; i < 30000; i++) validateCallPlan(benchPlan, { rules: off as any });
