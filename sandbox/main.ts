// `npm run sandbox`: runs the local Hunter-compatible API on 127.0.0.1 until Ctrl-C.
import { ACCOUNTS } from './keys';
import { startSandbox } from './server';

const DEFAULT_PORT = 8787;

function portFromEnv(): number {
  const raw = process.env.QUARRY_SANDBOX_PORT;
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`QUARRY_SANDBOX_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  // QUARRY_SANDBOX_STRICT=1: refuse what the API docs do not promise (sandbox/README.md, "Beyond the docs").
  const strict = process.env.QUARRY_SANDBOX_STRICT === '1';
  const sandbox = await startSandbox({ port: portFromEnv(), strict });
  const lines = [
    `Quarry sandbox (local Hunter API v2) listening.`,
    `API base URL: ${sandbox.apiBase}   (put this in the extension's options, "API base URL")`,
    ...(strict ? ['Strict mode: only what the API docs promise (leads/exist and other extras answer as missing).'] : []),
    '',
    'API keys:',
    ...Object.values(ACCOUNTS).map((a) => `  ${a.key.padEnd(20)} ${a.plan_name.padEnd(8)} ${a.purpose}`),
    '',
    'Seeded domains: stripe.com (137 addresses), intercom.io, asana.com, bbc.co.uk, münchen.de, empty.example',
    `Test controls: POST ${sandbox.url}/__sandbox/reset, GET ${sandbox.url}/__sandbox/requests, see sandbox/README.md`,
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));

  const stop = (): void => {
    sandbox.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
