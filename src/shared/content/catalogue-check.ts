// Whole-catalogue checks (schema, duplicate ids, dangling variants), kept apart from the catalogue so
// that screens which only read exercises do not ship the schema library.
import { exerciseSchema, type Exercise } from './exercise-schema'

/**
 * Problems no single-record schema can see: schema failures, duplicate ids, variants of unknown exercises.
 * Empty when the catalogue is sound.
 */
export function catalogueProblems(catalogue: readonly unknown[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const parsed: Exercise[] = []
  catalogue.forEach((raw, index) => {
    const result = exerciseSchema.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`Exercise #${index + 1} ${issue.path.join('.')}: ${issue.message}`)
      }
      return
    }
    if (seen.has(result.data.id)) problems.push(`Exercise id "${result.data.id}" is used twice`)
    seen.add(result.data.id)
    parsed.push(result.data)
  })
  for (const e of parsed) {
    if (e.variantOf !== undefined && !seen.has(e.variantOf)) {
      problems.push(`"${e.id}" is a variant of "${e.variantOf}", which is not in the catalogue`)
    }
  }
  return problems
}
