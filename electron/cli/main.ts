/** Entry point of `listing-studio` (bin/listing-studio.js loads this through tsx). */
import { runCli } from './run-cli';

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
});
