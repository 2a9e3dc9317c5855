/**
 * The crisis `vigie start --demo` plays: an hour of quiet teen chatter
 * (loaded at once, so charts have a past), then, live, a benign #antigaspi
 * burst, an #anti2010 wave with ban-evading variants, a pile-on on a named
 * student, the #bienvenueaux2010 counter-campaign, news coverage, an
 * #antiroux wave and a sport final. Pure: no clock, no I/O.
 */
import type { ScenarioOptions, WaveSpec } from './scenario/generate.js'

/** The student the pile-on targets; the demo counsellor watches her. */
export const DEMO_TARGET = {
  label: 'Léa Martin',
  handle: 'lea.martin.bsky.social',
  /** How the pile-on names her (the watch is given the distinctive ones). */
  names: ['Léa Martin', 'lea m', 'L3a', 'LÉA MARTIN', 'la Martin', 'lea martin'],
  watchNames: ['lea m', 'L3a', 'la Martin'],
  school: 'collège Jean-Moulin',
} as const

/** Minutes of background loaded before the live part of the first round. */
export const DEMO_QUIET_MINUTES = 60

/** Scenario minutes of one live round (12 minutes of wall time at ×10). */
export const DEMO_ROUND_MINUTES = 120

/** Mean background posts per scenario minute. */
export const DEMO_BACKGROUND_PER_MINUTE = 20

/** The episodes of one round, `quiet` minutes after its start. */
export function demoWaves(quiet: number): WaveSpec[] {
  const at = (minute: number): number => quiet + minute
  return [
    { kind: 'benign', tag: 'antigaspi', theme: 'antigaspi', atMinute: at(2), durationMinutes: 20, peakPerMinute: 40, newAccountShare: 0.05 },
    { kind: 'hashtag', tag: 'anti2010', group: '2010', atMinute: at(4), durationMinutes: 45, peakPerMinute: 40, growthMinutes: 15 },
    {
      kind: 'pile-on', tag: 'lea', target: DEMO_TARGET.handle, names: [...DEMO_TARGET.names],
      atMinute: at(10), durationMinutes: 30, peakPerMinute: 20, growthMinutes: 10, newAccountShare: 0.35,
    },
    { kind: 'counter', tag: 'bienvenueaux2010', group: '2010', atMinute: at(18), durationMinutes: 30, peakPerMinute: 25, newAccountShare: 0.05 },
    { kind: 'news', tag: 'anti2010', group: '2010', atMinute: at(20), durationMinutes: 40 },
    { kind: 'hashtag', tag: 'antiroux', group: 'roux', atMinute: at(55), durationMinutes: 35, peakPerMinute: 25, growthMinutes: 12 },
    { kind: 'benign', tag: 'finaleLDC', theme: 'sport', atMinute: at(80), durationMinutes: 30, peakPerMinute: 80, newAccountShare: 0.03 },
  ]
}

/**
 * Round `round` (0, 1, …) of the demo, starting at `start` in scenario time.
 * Round 0 opens with the quiet hour; later rounds follow on directly.
 */
export function demoScenario(start: Date, round: number): ScenarioOptions {
  const quiet = round === 0 ? DEMO_QUIET_MINUTES : 0
  return {
    seed: 2010 + round,
    start,
    durationMinutes: quiet + DEMO_ROUND_MINUTES,
    backgroundPerMinute: DEMO_BACKGROUND_PER_MINUTE,
    waves: demoWaves(quiet),
    dailyRhythm: false,
  }
}
