// Evaluates a grid of situations in each period with the official model and prints:
// - mean_ms: mean time of one full oracle record (situation + every line + every total),
// - mean_ms_outputs: mean time of setSituation + employer cost + net + employee total only,
// - worst_unexplained: largest gap between the listed lines and the model's totals (should be ~1e-12).
// Usage: node bench.mjs [count-per-period]   (default 300)
//
// node bench.mjs --json   reads a JSON array of situations on stdin (the fields of oracle.mjs) and
// times, for each, the model's cheapest complete answer: setSituation, then the employer cost, the
// net before income tax and the employee total. The rules of each period are parsed and warmed up
// once before any timing. Prints one JSON object: evaluations, mean_ms, total_ms, and results[]
// (employer_cost, net_before_tax, employee_total, time_ms) in the order of the input. This is what
// CoopDesk's benchmark (tests/bench/bench_payroll.cpp) runs to measure the ratio in the same run.
import { evaluate, engineFor, situationOf } from './oracle.mjs'

if (process.argv.includes('--json')) await timedAnswers()
else gridBench()

async function timedAnswers() {
  let input = ''
  for await (const chunk of process.stdin) input += chunk
  const situations = JSON.parse(input)
  // Untimed warm-up: parsing the rules and the first evaluations (JIT) are not what is compared.
  for (const period of new Set(situations.map(s => s.period)))
    for (const gross of ['1900.00', '2500.00', '6000.00']) evaluate({ period, gross, cadre: gross === '6000.00' })
  const results = []
  let total = 0
  for (const s of situations) {
    const e = engineFor(s.period)
    const t0 = performance.now()
    e.setSituation(situationOf(s))
    const cost = e.evaluate('salarié . coût total employeur').nodeValue
    const net = e.evaluate('salarié . rémunération . net . à payer avant impôt').nodeValue
    const employee = e.evaluate('salarié . cotisations . salarié').nodeValue
    const time_ms = performance.now() - t0
    total += time_ms
    results.push({ employer_cost: cost, net_before_tax: net, employee_total: employee, time_ms })
  }
  const n = situations.length
  process.stdout.write(JSON.stringify({ evaluations: n, mean_ms: n ? total / n : 0, total_ms: total, results }) + '\n')
}

// The grid of the default mode, n situations per period.
function gridBench() {
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
}
