/** Self-harm incitement: telling someone to kill or hurt themselves. */
import type { LexiconGroup } from './types.js'

/** Self-harm incitement lexicon. */
export const SELF_HARM: LexiconGroup = {
  kind: 'self_harm',
  entries: [
    ['suicide toi|suicides toi|suicidez vous|suicide tu|va te suicider|vas te suicider|allez vous suicider|tu devrais te suicider|suicidetoi|suicide toi stp', 3.6, 'inherent'],
    ['tue toi|tues toi|tuez vous|pend toi|pends toi|pendez vous|va te pendre|vas te pendre|jette toi|jettes toi|saute du|saute d un|ouvre toi les veines|tranche toi les veines|coupe toi les veines|scarifie toi|va mourir|vas mourir|va crever|vas crever|va creuver|creve|crève|creves|crevez', 3.4, 'inherent'],
    ['kys|kill yourself|fais nous une faveur|fais nous tous une faveur|rends nous service', 2.8, 'inherent'],
    ['personne te regrettera|personne ne te regrettera|personne va te regretter|personne te regretterai|personne ne va te regretter|personne te pleurera|personne ne te pleurera', 3.4, 'inherent'],
    ['le monde serait mieux sans toi|on serait mieux sans toi|tout le monde serait mieux sans toi|mieux sans toi|le monde irait mieux sans toi', 3.0, 'inherent'],
    ['tu merites pas de vivre|tu merites de mourir|tu merites pas d exister|tu devrais pas exister|tu devrais mourir|tu devrais disparaitre|disparais|tu sers a rien sur terre|pourquoi t es encore en vie|pourquoi tu vis encore|t aurais du crever|t aurais pas du naitre|ta mere aurait du avorter|avorton', 3.2, 'inherent'],
    ['[personne] [la|le|l] [regrettera|regretterait|pleurera|pleurerait]|[si] [elle|il] [se] [tue|suicide|pend] [personne|tout le monde] [s en fout|la regrettera|le regrettera|sera content|sera contente|fera la fete]|[elle|il] [devrait|doit] [se] [tuer|suicider|pendre|foutre en l air]', 2.8, 'inherent'],
    // Round eleven (teen5b): nobody would notice you gone (« personne remarquerait si tu disparaissais »).
    ['[personne] [remarquerait|le remarquerait|remarquera|verrait la difference|s en rendrait compte|s apercevrait|le verrait] [si tu|si t] [disparaissais|mourais|crevais|te tuais|te suicidais|etais mort|etais morte|etais plus la|existais plus|existais pas]|[si tu|si t] [disparaissais|mourais|crevais|disparais|meurs|creves|te tuais|te suicidais|etais mort|etais morte] [personne]', 3.0, 'inherent'],
    // Round eleven (teen5): « si j'étais toi je me serais déjà foutu en l'air ».
    ['[si j etais toi|si jetais toi|a ta place|si j etais a ta place|si jetais a ta place] [je me|jme|j me] [serais|serai]? [deja]? [foutu en l air|foutu en lair|foutue en l air|foutue en lair|tue|tuee|pendu|pendue|suicide|suicidee|jete|jetee|tuerais|pendrais|suiciderais|foutrais en l air|foutrais en lair|jetterais]', 3.0, 'inherent'],
  ],
}
