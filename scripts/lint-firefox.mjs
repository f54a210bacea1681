// web-ext lint on the Firefox build; fails on any error or warning of ours. The one warning allowed is
// UNSAFE_VAR_ASSIGNMENT from Preact's own dangerouslySetInnerHTML support, which Quarry never uses.
import { execFileSync } from 'node:child_process';

const ALLOWED = new Set(['UNSAFE_VAR_ASSIGNMENT']);
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(output);
const problems = [...report.errors, ...report.warnings].filter((item) => !ALLOWED.has(item.code));
for (const item of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${ALLOWED.has(item.code) ? 'allowed' : item._type}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (problems.length > 0) process.exit(1);
