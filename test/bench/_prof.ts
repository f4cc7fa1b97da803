import { validateSuite } from "./validate";
const [v, l] = validateSuite.cases;
const which = process.argv[2] === "lint" ? l! : v!;
for (let i = 0; i < 300; i++) which.run();
const t = performance.now();
const N = 2000;
for (let i = 0; i < N; i++) which.run();
console.log(((performance.now() - t) * 1000 / N).toFixed(1), "µs");
