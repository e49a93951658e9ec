// Cedar (the npm package @cedar-policy/cedar-wasm) deciding the generated deployments that facepia assesses in
// bench/engine: each deployment is one Cedar entity (its facts as attributes, see cedar_policies.cpp), the
// rules are forbid policies, parsed once (preparsePolicySet). Prints the median time per decision over ROUNDS
// rounds, on one thread, and the decisions.
//   node bench_cedar.mjs CEDAR_WASM_DIR POLICIES.cedar DEPLOYMENTS_DIR [ROUNDS]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [cedarDir, policiesPath, deploymentsDir, roundsArg] = process.argv.slice(2);
if (!cedarDir || !policiesPath || !deploymentsDir) {
  console.error("usage: node bench_cedar.mjs CEDAR_WASM_DIR POLICIES.cedar DEPLOYMENTS_DIR [ROUNDS]");
  process.exit(2);
}
const rounds = Number(roundsArg ?? 5);
const cedar = createRequire(import.meta.url)(join(cedarDir, "nodejs", "cedar_wasm.js"));

// The YAML that facepia_bench_engine --write makes: `key: value` lines, one level of groups.
const dayMs = 24 * 60 * 60 * 1000;
function value(text) {
  if (text === "true" || text === "false") return text === "true";
  if (/^-?\d+$/.test(text)) return Number(text);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return Math.round(Date.UTC(+date[1], +date[2] - 1, +date[3]) / dayMs);
  if (text.startsWith('"')) return JSON.parse(text);
  if (text.startsWith("[")) {
    const inner = text.slice(1, -1).trim();
    return inner === "" ? [] : inner.split(",").map((v) => v.trim());
  }
  return text;
}
function entity(id, yaml) {
  const attrs = {};
  let group = "";
  for (const line of yaml.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const indented = line.startsWith("  ");
    const colon = line.indexOf(":");
    const key = line.slice(0, colon).trim();
    const rest = line.slice(colon + 1).trim();
    if (!indented && rest === "") {
      group = key;
      continue;
    }
    if (!indented) group = "";
    if (key === "name" && group === "") continue;
    attrs[(group ? group + "_" : "") + key.replaceAll(".", "_").replaceAll("-", "_")] = value(rest);
  }
  return { uid: { type: "Deployment", id }, attrs, parents: [] };
}

const files = readdirSync(deploymentsDir)
  .filter((f) => f.endsWith(".yaml"))
  .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
const entities = files.map((f, i) => entity(String(i), readFileSync(join(deploymentsDir, f), "utf8")));

const parsed = cedar.preparsePolicySet("facepia", { staticPolicies: readFileSync(policiesPath, "utf8") });
if (parsed.type !== "success") {
  console.error("the policies do not parse:", JSON.stringify(parsed.errors, null, 2).slice(0, 4000));
  process.exit(2);
}
const principal = { type: "Controller", id: "controller" };
const action = { type: "Action", id: "deploy" };
const asOf = Math.round(Date.UTC(2024, 5, 1) / dayMs); // 2024-06-01, as bench/engine assesses them
function decide(e) {
  return cedar.statefulIsAuthorized({
    principal,
    action,
    resource: e.uid,
    context: { as_of: asOf },
    preparsedPolicySetId: "facepia",
    entities: [e],
  });
}

const counts = { allow: 0, deny: 0, failure: 0, errors: 0 };
for (const e of entities) {
  const answer = decide(e);
  if (answer.type !== "success") {
    counts.failure++;
    continue;
  }
  counts[answer.response.decision]++;
  counts.errors += answer.response.diagnostics.errors.length;
}
// CPU time (user + system) per round, as facepia's bench counts it: on a shared machine wall time also counts
// the other programs' turns; wall time is printed beside it.
const perRound = [];
const wallPerRound = [];
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const e of entities) decide(e);
  const used = process.cpuUsage(cpu);
  perRound.push((used.user + used.system) / entities.length);
  wallPerRound.push(Number(process.hrtime.bigint() - start) / 1000 / entities.length);
}
perRound.sort((a, b) => a - b);
wallPerRound.sort((a, b) => a - b);
const policies = (readFileSync(policiesPath, "utf8").match(/^(permit|forbid) /gm) ?? []).length;
console.log(
  `cedar ${cedar.getCedarVersion()}: ${entities.length} deployments, ${policies} policies; ` +
    `decisions: ${counts.allow} allow, ${counts.deny} deny, ${counts.failure} failed; ` +
    `${counts.errors} policy evaluation errors (unstated facts)`,
);
const median = (values) => values[Math.floor(values.length / 2)].toFixed(1);
console.log(`cedar median ${median(perRound)} us per decision (CPU time; min ${perRound[0].toFixed(1)}; wall ` +
  `median ${median(wallPerRound)}) over ${rounds} rounds of ${entities.length}`);
