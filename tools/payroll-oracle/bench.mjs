// Evaluates a grid of situations in each period with the official model and prints:
// - mean_ms: mean time of one full oracle record (situation + every line + every total),
// - mean_ms_outputs: mean time of setSituation + employer cost + net + employee total only,
// - worst_unexplained: largest gap between the listed lines and the model's totals (should be ~1e-12).
// Usage: node bench.mjs [count-per-period]   (default 300)
import { evaluate, engineFor, situationOf } from './oracle.mjs'

const n = Number(process.argv[2] ?? 300)
const heads = [5, 20, 60, 300]
const grid = period => Array.from({ length: n }, (_, i) => ({
  period,
  gross: (911.52 + ((40050 - 911.52) * i) / Math.max(1, n - 1)).toFixed(2), // half SMIC to 10 PSS
  cadre: i % 2 === 1,
  headcount: heads[i % 4],
  atmp: ['2.08', '1.5', '3.2'][i % 3],
  vm: ['0', '1.75', '3.2'][(i % 5) % 3],
  mutuelle: i % 7 === 0 ? '0' : '40.00',
  mutuelle_employer_share: i % 3 ? '50' : '100',
}))

for (const period of ['2026-03', '2026-07']) {
  evaluate({ period, gross: '2500.00' }) // parses the rules once, outside the timing
  let full = 0, worst = 0
  for (const s of grid(period)) {
    const r = evaluate(s)
    full += r.time_ms
    for (const v of Object.values(r.unexplained)) worst = Math.max(worst, Math.abs(v))
  }
  const e = engineFor(period)
  let outputs = 0
  for (const s of grid(period)) {
    const t0 = performance.now()
    e.setSituation(situationOf(s))
    e.evaluate('salarié . coût total employeur')
    e.evaluate('salarié . rémunération . net . à payer avant impôt')
    e.evaluate('salarié . cotisations . salarié')
    outputs += performance.now() - t0
  }
  console.log(JSON.stringify({ period, evaluations: n, mean_ms: +(full / n).toFixed(2), mean_ms_outputs: +(outputs / n).toFixed(2), worst_unexplained: worst }))
}
