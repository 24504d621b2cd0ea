// Builds real SVG DOM nodes from a drawing's element tree: no markup parsing, every text a text node.
import type { SvgNode } from '@shared/drawings'

const SVG_NS = 'http://www.w3.org/2000/svg'

export function svgElement(tree: SvgNode, doc: Document = document): SVGElement {
  const element = doc.createElementNS(SVG_NS, tree.name) as SVGElement
  for (const [name, value] of Object.entries(tree.attrs)) {
    if (name !== 'xmlns') element.setAttribute(name, String(value))
  }
  for (const child of tree.children) {
    element.append(typeof child === 'string' ? doc.createTextNode(child) : svgElement(child, doc))
  }
  return element
}

/** What the person's system asks for: still drawings when it asks for reduced motion (or cannot say). */
export function prefersStillDrawings(win: Window = window): boolean {
  if (typeof win.matchMedia !== 'function') return true
  return win.matchMedia('(prefers-reduced-motion: reduce)').matches
}
