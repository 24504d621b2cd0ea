// A tiny SVG element tree: built by pure code, written out as markup or as DOM nodes by the renderer.

export interface SvgNode {
  name: string
  attrs: Readonly<Record<string, string | number>>
  children: readonly (SvgNode | string)[]
}

export function node(
  name: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (SvgNode | string | null | undefined | false)[]
): SvgNode {
  const clean: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v
  return {
    name,
    attrs: clean,
    children: children.filter((c): c is SvgNode | string => c !== null && c !== undefined && c !== false)
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The tree as markup; every text and attribute value is escaped, so it is safe to inline. */
export function toMarkup(n: SvgNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
  const inner = n.children.map((c) => (typeof c === 'string' ? escapeXml(c) : toMarkup(c))).join('')
  return inner === '' ? `<${n.name}${attrs}/>` : `<${n.name}${attrs}>${inner}</${n.name}>`
}

/** Every node of the tree, depth first (tests and lookups). */
export function walk(n: SvgNode): SvgNode[] {
  return [n, ...n.children.flatMap((c) => (typeof c === 'string' ? [] : walk(c)))]
}
