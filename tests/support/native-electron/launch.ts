// Launches the built main bundle the way Electron does, in a plain Node process: the bundle is
// imported as a native ES module and runs to its end; only then does the stand-in emit 'ready'.
// Prints one JSON line describing what a user would see, then quits.
// Usage: node --import tsx --import ./register.mjs launch.ts <bundle> <persona.json> [args...]
import { readFileSync } from 'node:fs'
import { StandinBrowserWindow, StandinTray, standin, type Persona } from '../electron-standin/index'

const [bundle, personaFile, ...args] = process.argv.slice(2)
const persona = JSON.parse(readFileSync(personaFile!, 'utf8')) as Persona
standin.reset(persona)
const errors: string[] = []
process.on('uncaughtException', (error) => errors.push(String(error)))
process.on('unhandledRejection', (error) => errors.push(String(error)))
process.argv = [process.argv[0]!, bundle!, ...args]
await import(bundle!)
const beforeReady = { ready: standin.app.isReady(), quit: standin.app.quitRequested }
if (!standin.app.quitRequested) standin.emitReady()
// Let the window load its page from app://limber (real file reads, real event loop).
const settled = () => StandinTray.all.length > 0 && StandinBrowserWindow.alive().every((w) => w.loadedUrl !== null)
for (let i = 0; i < 150 && (i < 5 || (!standin.app.quitRequested && !settled())); i++) {
  await new Promise((resolve) => setTimeout(resolve, 20))
}
const tray = StandinTray.all[0]
process.stdout.write(
  JSON.stringify({
    beforeReady,
    tray: tray ? tray.tooltip : null,
    windows: StandinBrowserWindow.alive().map((w) => ({ url: w.loadedUrl, visible: w.visible })),
    errors
  }) + '\n'
)
standin.app.quit()
setTimeout(() => process.exit(0), 200)
