/**
 * The DSA notice and the platform report comment of a post with evidence, pinned as they were
 * written before notices learned to speak of hints (a post marked without evidence): for a post
 * with evidence, or filed by URL, not one character may change. A post marked without evidence is
 * said to be so, and its frozen hints are listed as « indices », never as passages in cause.
 * Pure (no database).
 */
import { describe, expect, it } from 'vitest'
import { DsaNotice } from '../../contract/takedowns.js'
import { buildNotice, noticeText, reportComment, type NoticeInput } from '../../src/moderation/dsa-notice.js'
import type { SnapshotContent } from '../../src/moderation/evidence.js'

/** A post with evidence, frozen as a snapshot holds it. */
const WITH_EVIDENCE: SnapshotContent = {
  flagId: 7,
  postId: '42',
  category: 'harassment',
  targetIsMinor: true,
  capturedAt: '2026-11-27T20:05:00.000Z',
  post: {
    platform: 'bluesky',
    externalId: 'at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3labc',
    url: 'https://bsky.app/profile/harceleur.bsky.social/post/3labc',
    author: 'harceleur.bsky.social',
    authorId: 'did:plc:harceleur00000000000000001',
    text: 't es trop moche @lea.martin, personne veut de toi #anti2010',
    createdAt: '2026-11-27T20:00:00.000Z',
    hashtags: ['anti2010'],
    mentions: ['lea.martin'],
    replyTo: null,
    langs: ['fr'],
    score: 0.91,
    categories: ['body_shaming', 'exclusion'],
    evidence: [
      { category: 'body_shaming', match: 'trop moche', start: 5, end: 15 },
      { category: 'exclusion', match: 'personne veut de toi', start: 29, end: 49 },
    ],
    modelVersion: 'test-1',
    deletedAt: null,
    authorStatus: null,
  },
}

/** What a notice of `snapshot` is made from. */
function noticeInput(snapshot: SnapshotContent): NoticeInput {
  return {
    takedownId: 3,
    requestedAt: new Date('2026-11-28T09:00:00.000Z'),
    snapshot,
    evidenceSha256: 'a'.repeat(64),
    note: 'vague contre une élève',
    decisionNote: 'moquerie et exclusion ciblées',
    notifier: { name: 'Association Test', email: 'signalements@asso.test' },
  }
}

/** The notice text of WITH_EVIDENCE before hints (line by line). */
const PINNED_TEXT = [
    "NOTIFICATION DE CONTENU ILLICITE",
    "au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA)",
    "",
    "Référence : vigie-takedown-3",
    "Date : 2026-11-28T09:00:00.000Z",
    "Plateforme : bluesky",
    "",
    "1. Localisation exacte du contenu",
    "   URL : https://bsky.app/profile/harceleur.bsky.social/post/3labc",
    "   URL : at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3labc",
    "   Identifiant sur la plateforme : at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3labc",
    "   Compte auteur : harceleur.bsky.social (did:plc:harceleur00000000000000001)",
    "   Publié le : 2026-11-27T20:00:00.000Z",
    "",
    "2. Contenu signalé (copie exacte, citée ligne par ligne)",
    "    > t es trop moche @lea.martin, personne veut de toi #anti2010",
    "",
    "3. Explication motivée",
    "   Catégorie : Harcèlement (harassment)",
    "   Fondement : harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans",
    "   La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance.",
    "   Analyse automatique (modèle test-1) : score 0.91 ; catégories : moquerie sur le physique, exclusion",
    "   Passages en cause :",
    "     - « trop moche » (moquerie sur le physique)",
    "     - « personne veut de toi » (exclusion)",
    "   Note de signalement :",
    "    > vague contre une élève",
    "   Note de la relecture :",
    "    > moquerie et exclusion ciblées",
    "   Le signalement a été confirmé par une seconde personne (principe des quatre yeux).",
    "",
    "4. Preuve",
    "   Instantané de la publication capturé le : 2026-11-27T20:05:00.000Z",
    "   Empreinte SHA-256 de l’instantané (JSON canonique) : aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "",
    "5. Auteur de la notification",
    "   Nom : Association Test",
    "   Adresse électronique : signalements@asso.test",
    "",
    "6. Déclaration",
    "   Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.",
    "",
].join('\n')

/** The report comment of WITH_EVIDENCE before hints. */
const PINNED_COMMENT =
  "Signalement de Association Test, signalements@asso.test (notification au titre de l’article 16 du DSA). Empreinte SHA-256 de la preuve : aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. Contenu illicite ou préjudiciable, catégorie « Harcèlement » : harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans. La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance. Analyse automatique (modèle test-1) : score 0.91 ; catégories relevées : moquerie sur le physique, exclusion. Passages en cause : « trop moche » (moquerie sur le physique), « personne veut de toi » (exclusion). Note de signalement : vague contre une élève Note de la relecture : moquerie et exclusion ciblées Le signalement a été confirmé par une seconde personne (principe des quatre yeux)."

/** The JSON notice of WITH_EVIDENCE before hints. */
const PINNED_JSON = "{\"type\":\"dsa-article-16-notice\",\"reference\":\"vigie-takedown-3\",\"date\":\"2026-11-28T09:00:00.000Z\",\"platform\":\"bluesky\",\"content\":{\"urls\":[\"https://bsky.app/profile/harceleur.bsky.social/post/3labc\",\"at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3labc\"],\"platformId\":\"at://did:plc:harceleur00000000000000001/app.bsky.feed.post/3labc\",\"author\":\"harceleur.bsky.social\",\"authorId\":\"did:plc:harceleur00000000000000001\",\"publishedAt\":\"2026-11-27T20:00:00.000Z\",\"deletedAt\":null,\"text\":\"t es trop moche @lea.martin, personne veut de toi #anti2010\"},\"explanation\":{\"category\":\"harassment\",\"categoryLabel\":\"Harcèlement\",\"ground\":\"harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans\",\"targetIsMinor\":true,\"classifier\":{\"score\":0.91,\"categories\":[\"body_shaming\",\"exclusion\"],\"matches\":[{\"match\":\"trop moche\",\"category\":\"body_shaming\"},{\"match\":\"personne veut de toi\",\"category\":\"exclusion\"}],\"modelVersion\":\"test-1\"},\"flagNote\":\"vague contre une élève\",\"reviewNote\":\"moquerie et exclusion ciblées\",\"summary\":\"Contenu illicite ou préjudiciable, catégorie « Harcèlement » : harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans. La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance. Analyse automatique (modèle test-1) : score 0.91 ; catégories relevées : moquerie sur le physique, exclusion. Passages en cause : « trop moche » (moquerie sur le physique), « personne veut de toi » (exclusion). Note de signalement : vague contre une élève Note de la relecture : moquerie et exclusion ciblées Le signalement a été confirmé par une seconde personne (principe des quatre yeux).\"},\"notifier\":{\"name\":\"Association Test\",\"email\":\"signalements@asso.test\"},\"goodFaithStatement\":\"Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.\",\"evidence\":{\"sha256\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"algorithm\":\"SHA-256 of the canonical JSON snapshot\",\"capturedAt\":\"2026-11-27T20:05:00.000Z\",\"captures\":[]},\"filedByUrl\":false}"

/** The report comment of a post filed by URL (no evidence, never scored) before hints. */
const PINNED_INTAKE_COMMENT =
  "Signalement de Association Test, signalements@asso.test (notification au titre de l’article 16 du DSA). Empreinte SHA-256 de la preuve : aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa. Contenu illicite ou préjudiciable, catégorie « Harcèlement » : harcèlement moral, y compris en ligne et en meute (art. 222-33-2-2 du code pénal), aggravé lorsque la victime a moins de quinze ans. La personne visée est mineure ; elle est suivie par une cellule d’écoute de protection de l’enfance. Contenu signalé par son adresse : la description est celle de la personne qui l’a reçu ; une capture de la page est jointe à la preuve. Note de signalement : vague contre une élève Note de la relecture : moquerie et exclusion ciblées Le signalement a été confirmé par une seconde personne (principe des quatre yeux)."

describe('DSA notice of a post with evidence (pinned)', () => {
  it('writes the same notice text, report comment and JSON as before', () => {
    const input = noticeInput(WITH_EVIDENCE)
    expect(noticeText(buildNotice(input))).toBe(PINNED_TEXT)
    expect(reportComment(input)).toBe(PINNED_COMMENT)
    expect(JSON.stringify(buildNotice(input))).toBe(PINNED_JSON)
  })

  it('writes the same report comment as before for a post filed by URL', () => {
    const snapshot = { ...WITH_EVIDENCE, post: { ...WITH_EVIDENCE.post, modelVersion: 'saisie-url', score: 0, categories: [], evidence: [], text: 'Il m’a envoyé des insultes en message privé' } }
    expect(reportComment(noticeInput(snapshot))).toBe(PINNED_INTAKE_COMMENT)
  })
})

/** A post the model marked without evidence, with the hints frozen in its snapshot. */
const MODEL_TEXT = "Dès qu'une femme a un peu de pouvoir elle devient hystérique et incapable, regardez ma cheffe."
const at = (text: string, word: string) => ({ match: word, start: text.indexOf(word), end: text.indexOf(word) + word.length })
const WITHOUT_EVIDENCE: SnapshotContent = {
  ...WITH_EVIDENCE,
  post: {
    ...WITH_EVIDENCE.post,
    text: MODEL_TEXT,
    score: 0.62,
    categories: [],
    evidence: [],
    hints: [
      { kind: 'model', ...at(MODEL_TEXT, 'hystérique'), weight: 1.38 },
      { kind: 'model', ...at(MODEL_TEXT, 'incapable'), weight: 0.85 },
    ],
  },
}

describe('DSA notice of a post marked without evidence', () => {
  it('says so plainly and lists the frozen hints as « indices », not as passages in cause', () => {
    const notice = buildNotice(noticeInput(WITHOUT_EVIDENCE))
    expect(DsaNotice.parse(notice)).toEqual(notice)
    expect(notice.explanation.classifier).toMatchObject({
      matches: [],
      withoutEvidence: true,
      hints: [
        { match: 'hystérique', kind: 'model' },
        { match: 'incapable', kind: 'model' },
      ],
    })
    const text = noticeText(notice)
    expect(text).toContain(
      [
        '   Analyse automatique (modèle test-1) : score 0.62',
        '   Sans preuve directe : l’analyse automatique n’a relevé dans le message aucun passage en cause (ni insulte, ni menace, ni autre atteinte reconnue mot pour mot) ; la catégorie a été retenue par les personnes qui ont signalé puis relu le message.',
        '   Indices relevés par l’analyse, qui ne sont pas des preuves :',
        '     - « hystérique » (mot qui a pesé dans le score)',
        '     - « incapable » (mot qui a pesé dans le score)',
        '   Note de signalement :',
      ].join('\n'),
    )
    expect(text).not.toContain('Passages en cause')
    // The model's weight means nothing to a platform: not printed.
    expect(text).not.toContain('1,38')
    expect(reportComment(noticeInput(WITHOUT_EVIDENCE))).toContain(
      'Analyse automatique (modèle test-1) : score 0.62. Sans preuve directe : l’analyse automatique n’a relevé dans le message aucun passage en cause (ni insulte, ni menace, ni autre atteinte reconnue mot pour mot) ; la catégorie a été retenue par les personnes qui ont signalé puis relu le message. Indices relevés par l’analyse, qui ne sont pas des preuves : « hystérique » (mot qui a pesé dans le score), « incapable » (mot qui a pesé dans le score). Note de signalement',
    )
  })

  it('names weak hints « vocabulaire hostile non visé », drops those that do not fit the text, and quotes them on one line', () => {
    const text = 'putain\u202e de merde ce bus'
    const snapshot = {
      ...WITHOUT_EVIDENCE,
      post: {
        ...WITHOUT_EVIDENCE.post,
        text,
        hints: [
          { kind: 'weak' as const, match: 'putain\u202e', start: 0, end: 7 },
          { kind: 'weak' as const, match: 'gentille', start: 8, end: 16 },
          { kind: 'weak' as const, ...at(text, 'de merde') },
        ],
      },
    }
    const notice = noticeText(buildNotice(noticeInput(snapshot)))
    expect(notice).toContain('     - « putain\uFFFD » (vocabulaire hostile non visé)\n     - « de merde » (vocabulaire hostile non visé)\n')
    expect(notice).not.toContain('gentille')
    expect(notice).not.toContain('\u202e')
  })

  it('says « sans preuve directe » with no indices when none were frozen (a snapshot taken before hints were)', () => {
    const snapshot = { ...WITHOUT_EVIDENCE, post: { ...WITHOUT_EVIDENCE.post, hints: undefined } }
    const notice = buildNotice(noticeInput(snapshot))
    expect(notice.explanation.classifier).toMatchObject({ withoutEvidence: true, hints: [] })
    const text = noticeText(notice)
    expect(text).toContain('   Sans preuve directe : ')
    expect(text).not.toContain('Indices')
    expect(reportComment(noticeInput(snapshot))).not.toContain('Indices')
  })
})
