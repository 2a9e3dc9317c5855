/**
 * Canonical hashtag keys (ban-evading variants group together, distinct tags
 * stay apart) and the group-targeting "anti…" test.
 */
import { describe, expect, it } from 'vitest'
import { groupTarget, hashtagKey, isGroupTargetingTag } from '../../classifiers/waves/hashtag-key.js'

const SAME_AS_ANTI2010 = [
  '#anti2010', 'anti2010', '#Anti_2010', '#ANTI-2010', '#anti.2010', '#anti·2010', '#anti2010bis', '#anti2010ter', '#anti2O1O', 'anti2o1o',
  '#anti2OlO', '#ant1_2010', '#anti2010pourdevrai', '#antí2010', '#ÀNTI2010', '#anti2010officiel', '#anti2010leretour', '#anti2010encore',
  '#anti2010leveritable', '#anti2010back', '#anti2010return', '#anti2010lesvrais', '#anti2010v2', '#anti2010_2', '#anti20102', '#anttti2010',
  '#antiii2010', '#teamanti2010', '#anti2k10', '#ANTI_2O1O_BIS', '#anti2o1obis', '#аnti2010' /* Cyrillic а */, '#anti2010bisofficiel',
  '#anti2010s', '#Anti2010Bis2', '#anti_2010_officiel', '#anti2010OFFICIELLE', '#antí_2O1O_pourdevrai',
]

const NOT_ANTI2010 = ['#anti2011', '#bienvenueaux2010', '#antigaspi', '#stopanti2010', '#anti2001', '#anti201', '#2010', '#anti', '#anti12ans', '#soutienaux2010']

const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['#AntiRoux', 'antiroux'], ['#anti_roux_bis', 'antiroux'], ['#antir0ux', 'antiroux'], ['#antiroux2', 'antiroux'], ['#AntiGaspi', 'antigaspi'],
  ['#anti12ans', 'anti12ans'], ['#anti13ans', 'anti13ans'], ['#anti3eme', 'anti3eme'], ['#anti1ère', 'anti1ere'], ['#anti6ème', 'anti6eme'],
  ['#anticm2', 'anticm2'], ['#anticm1', 'anticm1'], ['#M1la', 'mila'], ['#m1la', 'mila'], ['#Bienvenue_Aux_2010', 'bienvenueaux2010'],
  ['#FinaleLDC', 'finaleldc'], ['#antimaster', 'antimaster'], ['#cœur', 'coeur'], ['#antil0la', 'antilola'], ['#anti2010', 'anti2010'],
]

describe('hashtagKey: ban-evading variants of #anti2010 share one key', () => {
  it.each(SAME_AS_ANTI2010)('%s → anti2010', (tag) => {
    expect(hashtagKey(tag)).toBe('anti2010')
  })
})

describe('hashtagKey: other tags keep their own key', () => {
  it.each(NOT_ANTI2010)('%s ≠ anti2010', (tag) => {
    expect(hashtagKey(tag)).not.toBe('anti2010')
  })
  it.each(KEYS)('%s → %s', (tag, key) => {
    expect(hashtagKey(tag)).toBe(key)
  })
  it('is idempotent', () => {
    for (const tag of [...SAME_AS_ANTI2010, ...NOT_ANTI2010, ...KEYS.map((k) => k[0])]) {
      expect(hashtagKey(hashtagKey(tag))).toBe(hashtagKey(tag))
    }
  })
})

const TARGETING: ReadonlyArray<readonly [string, string, string]> = [
  ['anti2010', 'year', '2010'], ['anti2011', 'year', '2011'], ['anti2009', 'year', '2009'], ['anti1998', 'year', '1998'], ['anti2k10', 'year', '2010'],
  ['anti12ans', 'age', '12 ans'], ['anti14ans', 'age', '14 ans'],
  ['anti6eme', 'grade', '6eme'], ['antisixieme', 'grade', 'sixieme'], ['anti5e', 'grade', '5e'], ['antiseconde', 'grade', 'seconde'],
  ['antitroisieme', 'grade', 'troisieme'], ['anti3eme', 'grade', '3eme'], ['anti4e', 'grade', '4e'], ['anti1ere', 'grade', '1ere'], ['antiterminale', 'grade', 'terminale'],
  ['anticm2', 'grade', 'cm2'], ['anti6èmes', 'grade', '6eme'],
  ['antiroux', 'group', 'roux'], ['antirousses', 'group', 'rousse'], ['antigros', 'group', 'gros'], ['antigrosses', 'group', 'gros'], ['antimoches', 'group', 'moche'],
  ['antifilles', 'group', 'fille'], ['antimeufs', 'group', 'meuf'], ['antigays', 'group', 'gay'], ['antinoirs', 'group', 'noir'], ['antiarabes', 'group', 'arabe'],
  ['antijuifs', 'group', 'juif'], ['antiintellos', 'group', 'intello'], ['antigeeks', 'group', 'geek'], ['antiautistes', 'group', 'autiste'],
  ['anticollegejeanmoulin', 'school', 'colegejeanmoulin'], ['anticlgvhugo', 'school', 'clgvhugo'], ['antilyceevictorhugo', 'school', 'lycevictorhugo'],
  ['antimila', 'name', 'mila'], ['antiemma', 'name', 'emma'], ['antilucas', 'name', 'lucas'], ['antichloé', 'name', 'chloe'], ['antiléa', 'name', 'lea'],
  ['#anti3emeB', 'class', '3emeb'], ['#anti3èmeB', 'class', '3emeb'], ['#anti3emeBbis', 'class', '3emeb'], ['#anti3emeB_v2', 'class', '3emeb'], ['#anti4e2', 'class', '4e2'], ['#Anti_5eme_A', 'class', '5emea'],
  ['#antiTroisiemeB', 'class', 'troisiemeb'], ['#anti1ereC', 'class', '1erec'],
  ['#antiVictorHugo', 'school', 'victorhugo'], ['#anti_Victor_Hugo', 'school', 'victorhugo'], ['#antiVict0rHug0', 'school', 'victorhugo'], ['#antiJeanMoulin', 'school', 'jeanmoulin'],
  ['#antiMarieCurie', 'school', 'mariecurie'], ['#antiSaintExupery', 'school', 'saintexupery'], ['#antiLeaMartin', 'name', 'leamartin'],
  ['#antiU13', 'team', 'u13'], ['#antiLesU15', 'team', 'u15'], ['#antiU11FCNantes', 'team', 'u11fcnantes'], ['#antiPoussins', 'team', 'pousin'],
  ['#antiQuartierNord', 'neighbourhood', 'quartiernord'], ['#antiCitéDesFleurs', 'neighbourhood', 'citedesfleurs'],
  ['antinathan', 'name', 'nathan'], ['antiinès', 'name', 'ines'], ['teamantiroux', 'group', 'roux'], ['#Anti_2O1O', 'year', '2010'], ['#antirouxbis', 'group', 'roux'],
]

const BENIGN = [
  'antigaspi', 'antigaspillage', 'anticovid', 'antipub', 'antiracisme', 'antiharcelement', 'antiharcèlement', 'antibruit', 'antimoustique',
  'anticorruption', 'antinucleaire', 'antifa', 'antivax', 'antiage', 'antichute', 'antistress', 'antisexisme', 'antihomophobie', 'antiguerre',
  'antiraciste', 'antiviral', 'antipollution', 'anticapitaliste', 'antimonde', 'anticollege', 'antilycee', 'antiecole', 'antilundi', 'anti',
  'bienvenueaux2010', 'soutienaux2010', 'stopanti2010', 'finaleldc', 'haters2010', '2010', 'anti1800', 'anti100ans', 'anti2ans', 'antimarine', 'antioscar', 'antijean', 'anticome',
  'anti5G', 'antiRousseau', 'antiMacron', 'antiVaccins', 'antilesvaccins', 'antiblocage', 'antitesla', 'antimarcheurs', 'antiU2', 'antiquartier',
  'StopHarcelement', 'nonauharcelement', 'antiharcelementscolaire',
]

describe('groupTarget / isGroupTargetingTag: anti + a group of young people', () => {
  it.each(TARGETING)('%s → %s %s', (tag, kind, value) => {
    const key = hashtagKey(tag)
    expect(isGroupTargetingTag(key)).toBe(true)
    expect(groupTarget(key)).toEqual({ kind, value })
  })
})

describe('groupTarget / isGroupTargetingTag: anti + a thing or an idea is not a target', () => {
  it.each(BENIGN)('%s', (tag) => {
    const key = hashtagKey(tag)
    expect(isGroupTargetingTag(key)).toBe(false)
    expect(groupTarget(key)).toBeNull()
  })
})
