/**
 * DSA Article 16 notices (regulation (EU) 2022/2065): the exact location of
 * the content, a substantiated explanation, the notifier, a good-faith
 * statement and the evidence hash, as JSON and as French plain text. Pure.
 * Post text, handles and notes are attacker- or user-written data: in the
 * text form they are quoted line by line, with control and bidi characters
 * neutralised, so they can never pass for a field of the notice.
 *
 * A scored post without evidence (marked on hints, or flagged by a person
 * alone) is said to be so, plainly (« Sans preuve directe ») — the category was
 * chosen by the people who flagged and reviewed it — and the hints frozen with
 * it (why it was marked) are listed as « indices », which are not evidence. A post with evidence, or
 * filed by URL, gets the notice it always had (pinned in a test).
 */
import type { DsaNotice } from '../../contract/takedowns.js'
import type { Hint } from '../../classifiers/verdict.js'
import { hintLabel } from '../cases/case-hints.js'
import { isIntakePost } from '../intake/intake-post.js'
import { categoryGround, categoryLabel, isDsaCategory } from './categories.js'
import { snapshotHints, type SnapshotContent } from './evidence.js'

/** The good-faith statement required by DSA Art. 16(2)(d). */
export const GOOD_FAITH_STATEMENT =
  'Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.'

/** What a notice is made from. */
export interface NoticeInput {
  takedownId: number
  requestedAt: Date
  snapshot: SnapshotContent
  evidenceSha256: string
  note: string | null
  decisionNote: string | null
  notifier: { name: string | null; email: string | null }
  /** Captures of the page (items filed by URL), oldest first. */
  captures?: NoticeCapture[]
}

/** A capture of the reported page, as cited in a notice: hashes, never bytes. */
export interface NoticeCapture {
  source: 'page' | 'victim-screenshot'
  capturedAt: string
  state: string
  finalUrl: string | null
  httpStatus: number | null
  imageSha256: string | null
  htmlSha256: string | null
  recordSha256: string
}

/** The JSON form of a notice (contract/takedowns.ts). */
export type { DsaNotice }

const CLASSIFIER_LABELS: Record<string, string> = {
  insult: 'insulte',
  threat: 'menace',
  self_harm: 'incitation à l’automutilation',
  sexual: 'contenu sexuel',
  identity_hate: 'haine identitaire',
  body_shaming: 'moquerie sur le physique',
  doxxing: 'divulgation d’informations personnelles',
  pile_on: 'appel au harcèlement collectif',
  exclusion: 'exclusion',
}

/** The French name of a classifier category. */
function classifierLabel(c: string): string {
  return CLASSIFIER_LABELS[c] ?? c
}

/** The exact URLs of the content: the web link, and the platform URI when it is a different address. */
function contentUrls(post: SnapshotContent['post']): string[] {
  const urls: string[] = []
  if (post.url) urls.push(post.url)
  if (post.externalId !== post.url && /^(https?|at):\/\//.test(post.externalId)) urls.push(post.externalId)
  return urls
}

/** What a notice says of a scored post without evidence (marked on hints, or flagged by a person alone), before its hints. */
export const NO_EVIDENCE_STATEMENT =
  'Sans preuve directe : l’analyse automatique n’a relevé dans le message aucun passage en cause (ni insulte, ni menace, ni autre atteinte reconnue mot pour mot) ; la catégorie a été retenue par les personnes qui ont signalé puis relu le message.'

/** The heading of the hints in a notice. */
export const NOTICE_HINTS_HEADING = 'Indices relevés par l’analyse, qui ne sont pas des preuves'

/** What a kind of hint is, in the dashboard's words (case-hints.ts hintLabel), without the model's weight. */
const hintKindLabel = (kind: Hint['kind']): string => hintLabel({ kind, match: '', start: 0, end: 0 })

/** Most hints a notice lists (as many as passages). */
const MAX_NOTICE_HINTS = 10

/** True when the notice speaks of a post marked without evidence (scored, and no passage in cause). */
function withoutEvidence(post: SnapshotContent['post']): boolean {
  return !isIntakePost(post) && post.evidence.length === 0
}

/**
 * The hints of a post marked without evidence, for a notice: « hystérique » (mot qui a pesé dans le
 * score). In the dashboard's words, without the model's weight (a number that means nothing to a
 * platform's moderator).
 */
function noticeHints(snapshot: SnapshotContent): Array<{ match: string; kind: Hint['kind'] }> {
  if (!withoutEvidence(snapshot.post)) return []
  return snapshotHints(snapshot)
    .slice(0, MAX_NOTICE_HINTS)
    .map((h) => ({ match: h.match, kind: h.kind }))
}

/** The substantiated explanation, one paragraph in French (also used as the platform report comment). */
export function explanationSummary(input: Pick<NoticeInput, 'snapshot' | 'note' | 'decisionNote'>): string {
  const s = input.snapshot
  const parts: string[] = []
  const label = categoryLabel(s.category)
  parts.push(
    isDsaCategory(s.category)
      ? `Contenu illicite ou préjudiciable, catégorie « ${label} » : ${categoryGround(s.category)}.`
      : `Contenu signalé, catégorie « ${label} ».`,
  )
  if (s.targetIsMinor) parts.push('La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance.')
  const cats = s.post.categories.map(classifierLabel)
  if (isIntakePost(s.post)) {
    parts.push('Contenu signalé par son adresse : la description est celle de la personne qui l’a reçu ; une capture de la page est jointe à la preuve.')
  } else {
    parts.push(
      `Analyse automatique (modèle ${s.post.modelVersion}) : score ${s.post.score.toFixed(2)}` +
        (cats.length > 0 ? ` ; catégories relevées : ${cats.join(', ')}.` : '.'),
    )
  }
  const matches = s.post.evidence.slice(0, 10).map((e) => `« ${oneLine(e.match)} » (${classifierLabel(e.category)})`)
  if (matches.length > 0) parts.push(`Passages en cause : ${matches.join(', ')}.`)
  if (withoutEvidence(s.post)) {
    parts.push(NO_EVIDENCE_STATEMENT)
    const hints = noticeHints(s).map((h) => `« ${oneLine(h.match)} » (${hintKindLabel(h.kind)})`)
    if (hints.length > 0) parts.push(`${NOTICE_HINTS_HEADING} : ${hints.join(', ')}.`)
  }
  if (input.note) parts.push(`Note de signalement : ${oneLine(input.note)}`)
  if (input.decisionNote) parts.push(`Note de la relecture : ${oneLine(input.decisionNote)}`)
  parts.push('Le signalement a été confirmé par une seconde personne (principe des quatre yeux).')
  return parts.join(' ')
}

/** Builds the JSON notice. */
export function buildNotice(input: NoticeInput): DsaNotice {
  const s = input.snapshot
  return {
    type: 'dsa-article-16-notice',
    reference: `vigie-takedown-${input.takedownId}`,
    date: input.requestedAt.toISOString(),
    platform: s.post.platform,
    content: {
      urls: contentUrls(s.post),
      platformId: s.post.externalId,
      author: s.post.author,
      authorId: s.post.authorId,
      publishedAt: s.post.createdAt,
      deletedAt: s.post.deletedAt,
      text: s.post.text,
    },
    explanation: {
      category: s.category,
      categoryLabel: categoryLabel(s.category),
      ground: isDsaCategory(s.category) ? categoryGround(s.category) : null,
      targetIsMinor: s.targetIsMinor,
      classifier: {
        score: s.post.score,
        categories: s.post.categories,
        matches: s.post.evidence.map((e) => ({ match: e.match, category: e.category })),
        ...(withoutEvidence(s.post) ? { withoutEvidence: true, hints: noticeHints(s) } : {}),
        modelVersion: s.post.modelVersion,
      },
      flagNote: input.note,
      reviewNote: input.decisionNote,
      summary: explanationSummary(input),
    },
    notifier: input.notifier,
    goodFaithStatement: GOOD_FAITH_STATEMENT,
    evidence: { sha256: input.evidenceSha256, algorithm: 'SHA-256 of the canonical JSON snapshot', capturedAt: s.capturedAt, captures: input.captures ?? [] },
    filedByUrl: isIntakePost(s.post),
  }
}

// C0/C1 controls, bidi overrides and isolates, line and paragraph separators.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g

/** One line of data: no line breaks, no control or bidi characters. */
function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n|\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD')
}

/** A block of data, every line quoted with "> " so it can never read as a field of the notice. */
function quoted(value: string): string[] {
  return value.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => `    > ${line.replace(/\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD')}`)
}

/** The French plain-text form of a notice. */
export function noticeText(n: DsaNotice): string {
  const missing = (name: string) => `(à compléter : ${name} non configuré)`
  const lines: string[] = [
    'NOTIFICATION DE CONTENU ILLICITE',
    'au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA)',
    '',
    `Référence : ${n.reference}`,
    `Date : ${n.date}`,
    `Plateforme : ${oneLine(n.platform)}`,
    '',
    '1. Localisation exacte du contenu',
    ...n.content.urls.map((u) => `   URL : ${oneLine(u)}`),
    `   Identifiant sur la plateforme : ${oneLine(n.content.platformId)}`,
    `   Compte auteur : ${oneLine(n.content.author)}${n.content.authorId && n.content.authorId !== n.content.author ? ` (${oneLine(n.content.authorId)})` : ''}`,
    n.filedByUrl ? `   Publié le : inconnu (contenu signalé par son adresse le ${n.content.publishedAt})` : `   Publié le : ${n.content.publishedAt}`,
  ]
  if (n.content.deletedAt) lines.push(`   Supprimé par la plateforme le : ${n.content.deletedAt}`)
  lines.push(
    '',
    n.filedByUrl ? '2. Contenu signalé (description de la personne qui l’a reçu, citée ligne par ligne ; voir les captures)' : '2. Contenu signalé (copie exacte, citée ligne par ligne)',
    ...quoted(n.content.text),
    '',
  )
  lines.push(
    '3. Explication motivée',
    `   Catégorie : ${n.explanation.categoryLabel} (${oneLine(n.explanation.category)})`,
  )
  if (n.explanation.ground) lines.push(`   Fondement : ${n.explanation.ground}`)
  if (n.explanation.targetIsMinor) lines.push('   La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance.')
  const c = n.explanation.classifier
  if (!n.filedByUrl) {
    lines.push(
      `   Analyse automatique (modèle ${oneLine(c.modelVersion)}) : score ${c.score.toFixed(2)}${c.categories.length > 0 ? ` ; catégories : ${c.categories.map(classifierLabel).join(', ')}` : ''}`,
    )
  }
  if (c.matches.length > 0) {
    lines.push('   Passages en cause :')
    for (const m of c.matches) lines.push(`     - « ${oneLine(m.match)} » (${classifierLabel(m.category)})`)
  }
  if (c.withoutEvidence === true) {
    lines.push(`   ${NO_EVIDENCE_STATEMENT}`)
    if (c.hints && c.hints.length > 0) {
      lines.push(`   ${NOTICE_HINTS_HEADING} :`)
      for (const h of c.hints) lines.push(`     - « ${oneLine(h.match)} » (${hintKindLabel(h.kind)})`)
    }
  }
  if (n.explanation.flagNote) lines.push('   Note de signalement :', ...quoted(n.explanation.flagNote))
  if (n.explanation.reviewNote) lines.push('   Note de la relecture :', ...quoted(n.explanation.reviewNote))
  lines.push('   Le signalement a été confirmé par une seconde personne (principe des quatre yeux).', '')
  lines.push(
    '4. Preuve',
    `   Instantané de la publication capturé le : ${n.evidence.capturedAt}`,
    `   Empreinte SHA-256 de l’instantané (JSON canonique) : ${n.evidence.sha256}`,
    ...n.evidence.captures.flatMap((c) => [
      c.source === 'page'
        ? `   Capture de la page par Vigie le ${c.capturedAt} (HTTP ${c.httpStatus ?? '—'}, état : ${oneLine(c.state)}${c.finalUrl ? `, adresse finale ${oneLine(c.finalUrl)}` : ''})`
        : `   Capture d’écran fournie par la victime, jointe le ${c.capturedAt}`,
      ...(c.imageSha256 ? [`     SHA-256 de l’image : ${c.imageSha256}`] : []),
      ...(c.htmlSha256 ? [`     SHA-256 du HTML : ${c.htmlSha256}`] : []),
      `     SHA-256 de l’enregistrement : ${c.recordSha256}`,
    ]),
    '',
    '5. Auteur de la notification',
    `   Nom : ${n.notifier.name ? oneLine(n.notifier.name) : missing('VIGIE_NOTIFIER_NAME')}`,
    `   Adresse électronique : ${n.notifier.email ? oneLine(n.notifier.email) : missing('VIGIE_NOTIFIER_EMAIL')}`,
    '',
    '6. Déclaration',
    `   ${n.goodFaithStatement}`,
    '',
  )
  return lines.join('\n')
}

/** The comment sent with a platform report: who asks, why, and the evidence hash. */
export function reportComment(input: Pick<NoticeInput, 'snapshot' | 'note' | 'decisionNote' | 'notifier' | 'evidenceSha256'>): string {
  const who = [input.notifier.name, input.notifier.email].filter((x): x is string => !!x).map(oneLine).join(', ')
  return [
    `Signalement${who ? ` de ${who}` : ''} (notification au titre de l’article 16 du DSA).`,
    `Empreinte SHA-256 de la preuve : ${input.evidenceSha256}.`,
    explanationSummary(input),
  ].join(' ')
}
