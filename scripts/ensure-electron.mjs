// Before `npm start` / `npm run dev`: Electron 42+ downloads its binary on first use, and electron-vite
// does not trigger that download itself. This does it (a no-op when the binary is there) and, where
// there is no internet, says so plainly instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const installer = require.resolve('electron/install.js')
const result = spawnSync(process.execPath, [installer], { encoding: 'utf8' })
if (result.status !== 0) {
  const reason = (result.stderr || result.stdout || '').split('\n').find((line) => line.trim()) ?? 'unknown error'
  console.error(
    `Limber cannot start: the Electron binary is not installed and could not be downloaded (${reason.trim()}).\n` +
      'Connect to the internet and run `npm start` again, or `npx install-electron`. Without Electron, `npm test` still runs every other test layer.'
  )
  process.exit(1)
}
