// Payroll oracle: evaluates URSSAF's official publicodes model (modele-social) for a list of
// situations read as JSON on stdin and prints the official figures as JSON on stdout.
// Period 2026-03 uses modele-social 10.0.1 (rules dated 1 March 2026), period 2026-07 uses
// modele-social 11.1.0 (rules dated 1 July 2026). See README.md for the mapping to DOMAIN.md §4.
import { pathToFileURL } from 'node:url'
import Engine from 'publicodes'
import rules10 from 'modele-social-10'
import rules11 from 'modele-social-11'

const C = 'salarié . cotisations . '
const ASSIETTE = C + 'assiette'
const PSS = 'salarié . temps de travail . plafond sécurité sociale'

// Base expressions (evaluated in the model) shared by several lines.
const BASES = {
  assiette: ASSIETTE,
  T1: { valeur: ASSIETTE, plafond: PSS },
  '4PSS': { valeur: ASSIETTE, plafond: `4 * ${PSS}` },
  '8PSS': { valeur: ASSIETTE, plafond: `8 * ${PSS}` },
  T2: { valeur: `${ASSIETTE} - ${PSS}`, plancher: '0 €/mois', plafond: `7 * ${PSS}` },
  csg: C + 'CSG-CRDS . assiette de base',
  mutuelle: C + 'prévoyances . santé . montant',
  prevoyance_employeur: C + 'prévoyances . employeur',
}

// Every contribution line of the model, leaf by leaf. `tranche` picks one tranche of a barème.
// side: 'employee' | 'employer'. code: DOMAIN.md §4 line.
const LINES = [
  ['employee', 'maladie', C + 'maladie . salarié', 'assiette'],
  ['employer', 'maladie', C + 'maladie . employeur', 'assiette'],
  ['employee', 'vieillesse_plafonnee', C + 'vieillesse . salarié . plafonnée', 'T1'],
  ['employer', 'vieillesse_plafonnee', C + 'vieillesse . employeur . plafonnée', 'T1'],
  ['employee', 'vieillesse_deplafonnee', C + 'vieillesse . salarié . déplafonnée', 'assiette'],
  ['employer', 'vieillesse_deplafonnee', C + 'vieillesse . employeur . déplafonnée', 'assiette'],
  ['employee', 'agirc_arrco_t1', C + 'retraite complémentaire . salarié', 'T1', 0],
  ['employee', 'agirc_arrco_t2', C + 'retraite complémentaire . salarié', 'T2', 1],
  ['employer', 'agirc_arrco_t1', C + 'retraite complémentaire . employeur', 'T1', 0],
  ['employer', 'agirc_arrco_t2', C + 'retraite complémentaire . employeur', 'T2', 1],
  ['employee', 'ceg_t1', C + 'CEG . salarié', 'T1', 0],
  ['employee', 'ceg_t2', C + 'CEG . salarié', 'T2', 1],
  ['employer', 'ceg_t1', C + 'CEG . employeur', 'T1', 0],
  ['employer', 'ceg_t2', C + 'CEG . employeur', 'T2', 1],
  ['employee', 'cet', C + 'CET . salarié', '8PSS'],
  ['employer', 'cet', C + 'CET . employeur', '8PSS'],
  ['employee', 'apec', C + 'APEC . salarié', '4PSS'],
  ['employer', 'apec', C + 'APEC . employeur', '4PSS'],
  ['employer', 'allocations_familiales', C + 'allocations familiales', 'assiette'],
  ['employer', 'chomage', C + 'chômage', '4PSS'],
  ['employer', 'ags', C + 'AGS', '4PSS'],
  ['employer', 'fnal', C + 'FNAL', 'fnal'],
  ['employer', 'csa', C + 'CSA', 'assiette'],
  ['employer', 'dialogue_social', C + 'contribution au dialogue social', 'assiette'],
  ['employer', 'formation_professionnelle', C + 'formation professionnelle', 'assiette'],
  ['employer', 'cpf_cdd', C + 'CPF CDD', 'assiette'],
  ['employer', 'taxe_apprentissage', C + "taxe d'apprentissage . base", 'assiette'],
  ['employer', 'taxe_apprentissage_solde', C + "taxe d'apprentissage . solde", 'assiette'],
  ['employer', 'contribution_supplementaire_apprentissage', C + "taxe d'apprentissage . contribution supplémentaire", 'assiette'],
  ['employer', 'peec', C + 'PEEC', 'assiette'],
  ['employer', 'atmp', C + 'ATMP', 'assiette'],
  ['employer', 'versement_mobilite', C + 'versement mobilité', 'assiette'],
  ['employer', 'prevoyance_cadres', C + 'prévoyances . employeur . cadres', 'T1'],
  ['employee', 'prevoyance_conventionnelle', C + 'prévoyances . conventionnelle . salarié', null],
  ['employer', 'prevoyance_conventionnelle', C + 'prévoyances . conventionnelle . employeur', null],
  ['employee', 'mutuelle', C + 'prévoyances . santé . salarié', 'mutuelle'],
  ['employer', 'mutuelle', C + 'prévoyances . santé . employeur', 'mutuelle'],
  ['employer', 'forfait_social', C + 'forfait social', 'prevoyance_employeur'],
  ['employee', 'csg_deductible', C + 'CSG-CRDS . CSG . déductible', 'csg'],
  ['employee', 'csg_non_deductible', C + 'CSG-CRDS . CSG . non déductible . revenus imposables', 'csg'],
  ['employee', 'crds', C + 'CSG-CRDS . CRDS', 'csg'],
  ['employee', 'csg_crds_non_imposable', C + 'CSG-CRDS . sur revenus non imposables', null],
]

const TOTALS = {
  employee_total: C + 'salarié',
  employer_total: C + 'employeur', // after RGDU (the model subtracts "exonérations . employeur")
  rgdu: C + 'exonérations . RGDU',
  exonerations_employer: C + 'exonérations . employeur',
  exonerations_employee: C + 'exonérations . salarié',
  net_before_tax: 'salarié . rémunération . net . à payer avant impôt',
  net_taxable: 'salarié . rémunération . net . imposable',
  net_social: 'salarié . rémunération . montant net social',
  employer_cost: 'salarié . coût total employeur',
  assiette: ASSIETTE,
  pss: PSS,
  smic: 'salarié . temps de travail . SMIC',
  rgdu_coefficient: C + 'exonérations . RGDU . coefficient',
}

const silent = { log() {}, warn() {}, error(m) { process.stderr.write(String(m) + '\n') } }
const MODELS = {
  '2026-03': { pkg: 'modele-social@10.0.1', rules: rules10 },
  '2026-07': { pkg: 'modele-social@11.1.0', rules: rules11 },
}
const engines = {}
export function engineFor(period) {
  const m = MODELS[period]
  if (!m) throw new Error(`unknown period ${period} (expected ${Object.keys(MODELS).join(' or ')})`)
  if (!engines[period]) engines[period] = new Engine(m.rules, { logger: silent })
  return engines[period]
}

// Headcount → the model's effectif threshold ("entreprise . salariés . effectif . seuil").
function seuil(headcount) {
  const h = Number(headcount)
  if (h < 5) return 'moins de 5'
  if (h < 11) return 'moins de 11'
  if (h < 20) return 'moins de 20'
  if (h < 50) return 'moins de 50'
  if (h < 150) return 'moins de 150'
  if (h < 250) return 'moins de 250'
  return 'plus de 250'
}

export function situationOf(s) {
  const situation = {
    'salarié . contrat': "'CDI'",
    'salarié . contrat . salaire brut': `${s.gross} €/mois`,
    'salarié . contrat . statut cadre': s.cadre ? 'oui' : 'non',
    'entreprise . salariés . effectif . seuil': `'${seuil(s.headcount ?? 20)}'`,
    'établissement . taux ATMP': `${s.atmp ?? '2.08'}%`,
    'établissement . commune . taux versement mobilité': `${s.vm ?? '0'}%`,
    'salarié . cotisations . prévoyances . santé . montant': `${s.mutuelle ?? '40.00'} €/mois`,
    'salarié . cotisations . prévoyances . santé . taux employeur': `${s.mutuelle_employer_share ?? '50'}%`,
  }
  if (s.hours !== undefined) {
    situation['salarié . contrat . temps de travail . temps partiel'] = 'oui'
    situation['salarié . contrat . temps de travail . temps partiel . heures par semaine'] = `${s.hours} heure/semaine`
  }
  return situation
}

const val = (e, expr, unit = '€/mois') => {
  const n = e.evaluate(typeof expr === 'string' ? { valeur: expr, unité: unit } : { ...expr, unité: unit })
  return n.nodeValue === undefined || n.nodeValue === null || n.nodeValue === false ? 0 : n.nodeValue
}

export function evaluate(s) {
  const e = engineFor(s.period)
  const t0 = performance.now()
  e.setSituation(situationOf(s))
  const totals = {}
  for (const [k, name] of Object.entries(TOTALS)) totals[k] = val(e, name, k === 'rgdu_coefficient' ? '' : '€/mois')
  const headcountAtLeast50 = Number(s.headcount ?? 20) >= 50
  const baseCache = {}
  const baseOf = key => {
    if (key === null) return null
    if (key === 'fnal') key = headcountAtLeast50 ? 'assiette' : 'T1'
    if (!(key in baseCache)) baseCache[key] = val(e, BASES[key])
    return baseCache[key]
  }
  const lines = []
  for (const [side, code, rule, baseKey, tranche] of LINES) {
    let amount
    if (tranche !== undefined) {
      const node = e.evaluateNode(e.context.parsedRules[rule])
      const bareme = findNode(node, 'barème')
      amount = bareme ? (bareme.explanation.tranches[tranche].nodeValue ?? 0) : 0
    } else {
      amount = val(e, rule)
    }
    if (!amount) continue
    const base = baseOf(baseKey)
    lines.push({ code, side, rule, base, rate_percent: base ? Number(((amount / base) * 100).toPrecision(12)) : null, amount })
  }
  const sum = side => lines.filter(l => l.side === side).reduce((a, l) => a + l.amount, 0)
  // Completeness guard: what the listed lines do not explain of the model's totals (should be ~0).
  const unexplained = {
    employee: sum('employee') - (totals.employee_total + totals.exonerations_employee),
    employer: sum('employer') - (totals.employer_total + totals.exonerations_employer),
  }
  const time_ms = performance.now() - t0
  return { situation: s, model: MODELS[s.period].pkg, lines, ...totals, unexplained, time_ms }
}

function findNode(node, kind, depth = 0) {
  if (!node || typeof node !== 'object' || depth > 12) return null
  if (node.nodeKind === kind) return node
  if (node.nodeKind === 'reference') return null
  const ex = node.explanation
  const kids = Array.isArray(ex) ? ex : ex && typeof ex === 'object' ? Object.values(ex) : []
  for (const k of kids) {
    if (node.nodeKind === 'condition' && k === ex.sinon) continue
    const found = findNode(Array.isArray(k) ? { explanation: k } : k, kind, depth + 1)
    if (found) return found
  }
  return null
}

async function main() {
  let input = ''
  for await (const chunk of process.stdin) input += chunk
  const situations = JSON.parse(input)
  const out = situations.map(evaluate)
  process.stdout.write(JSON.stringify(out, null, 1) + '\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
