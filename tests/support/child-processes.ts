// Lists the live child processes of this test process by command name (from /proc), to prove none leaked.
import { readdirSync, readFileSync } from 'node:fs'

export function childProcessNames(parent = process.pid): string[] {
  const names: string[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
      const close = stat.lastIndexOf(')')
      const fields = stat.slice(close + 2).split(' ')
      if (Number(fields[1]) === parent && fields[0] !== 'Z') names.push(stat.slice(stat.indexOf('(') + 1, close))
    } catch {
      // ended while we looked
    }
  }
  return names
}
