// All user-facing text is in our own words: the guide's sentence on recovery time (issue 13, finding 12)
// must not come back anywhere in the app, whichever screen says it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../../../src')
const GUIDE_PHRASES = [/feel better in (2|two) weeks/i, /others take (3|three) months/i]

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return /\.(ts|tsx|html)$/.test(entry.name) ? [path] : []
  })
}

describe('own words', () => {
  it("no source file repeats the guide's phrase on recovery time", () => {
    const files = sources(ROOT)
    expect(files.length).toBeGreaterThan(50)
    const found = files.filter((file) => {
      const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ')
      return GUIDE_PHRASES.some((phrase) => phrase.test(text))
    })
    expect(found).toEqual([])
  })
})
