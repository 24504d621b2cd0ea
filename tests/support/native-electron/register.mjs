// `node --import tsx --import ./register.mjs launch.ts ...`: resolves 'electron' in the built bundle
// to the strict stand-in (TypeScript, loaded through tsx), so the bundle runs as a native ES module.
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: ${JSON.stringify(new URL('../electron-standin/index.ts', import.meta.url).href)}, shortCircuit: true }
        return next(specifier, context)
      }`
    )
)
