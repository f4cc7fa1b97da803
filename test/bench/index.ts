// npm run bench: each figure is a ratio against a baseline measured in the same run.
import { runSuite, type BenchSuite } from "./_harness";
import { timingSuite } from "./timing";
import { scriptSuite } from "./script";
import { validateSuite } from "./validate";
import { coldImportSuite } from "./coldImport";
import { planSuite } from "./plan";

// The allocation-light suites first: the validation suite leaves a large heap behind it.
const suites: BenchSuite[] = [timingSuite, scriptSuite, validateSuite, planSuite];
let ok = true;
for (const suite of suites) ok = (await runSuite(suite)) && ok;
ok = coldImportSuite() && ok;
console.log(ok ? "\nall benchmarks within target" : "\nsome benchmarks are over target");
