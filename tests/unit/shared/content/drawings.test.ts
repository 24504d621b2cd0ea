import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '@shared/content'
import { DRAWINGS, drawingFor } from '@shared/drawings'

const entries = Object.entries(DRAWINGS)

/** Every opening tag has its closing tag, in order: the string is well-formed enough to inline. */
function tagsBalance(svg: string): boolean {
  const stack: string[] = []
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    if (tag === undefined || name === undefined) return false
    if (selfClosing === '/') continue
    if (closing === '/') {
      if (stack.pop() !== name) return false
    } else stack.push(name)
  }
  return stack.length === 0
}

describe('the exercise drawings', () => {
  it('exist for every exercise, each with alt text, and for nothing else', () => {
    for (const exercise of CATALOGUE) {
      const drawing = drawingFor(exercise.id)
      expect(drawing, exercise.id).toBeDefined()
      expect(drawing?.alt.length ?? 0, exercise.id).toBeGreaterThan(30)
    }
    expect(entries.map(([id]) => id).sort()).toEqual(CATALOGUE.map((e) => e.id).sort())
  })

  it('use currentColor only: no fixed colours and no style attributes', () => {
    for (const [id, { svg }] of entries) {
      const paints = [...svg.matchAll(/\b(fill|stroke|stop-color|color)="([^"]*)"/g)].map((m) => m[2])
      expect(paints.length, id).toBeGreaterThan(0)
      for (const paint of paints) expect(['currentColor', 'none'], `${id}: ${paint ?? ''}`).toContain(paint)
      expect(svg, id).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|style=/i)
    }
  })

  it('scale with their container: a viewBox and no fixed size', () => {
    for (const [id, { svg }] of entries) {
      const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? ''
      expect(root, id).toMatch(/viewBox="0 0 \d+ \d+"/)
      expect(root, id).not.toMatch(/\s(width|height)=/)
    }
  })

  it('carry their alt text as the accessible title, and are well-formed', () => {
    for (const [id, { svg, alt }] of entries) {
      expect(svg, id).toContain('role="img"')
      expect(svg, id).toContain(`<title>${alt}</title>`)
      expect(tagsBalance(svg), id).toBe(true)
    }
  })

  it('show a start and an end position side by side', () => {
    for (const [id, { svg }] of entries) {
      const panels = svg.split('<g transform="translate(').slice(1)
      expect(panels, id).toHaveLength(2)
      expect(panels[0]?.replace(/^[^)]*\)/, ''), id).not.toBe(panels[1]?.replace(/^[^)]*\)/, ''))
    }
  })

  it('stay under 150 KB as a whole set', () => {
    const bytes = entries.reduce((sum, [, d]) => sum + new TextEncoder().encode(d.svg).length, 0)
    expect(bytes).toBeLessThan(150 * 1024)
  })
})
