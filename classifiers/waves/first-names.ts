/**
 * Common French first names of children born 2005–2015 (INSEE top lists), folded
 * (lower case, no accents). Names that are also ordinary words (marine, victoire,
 * constance, rose, jade, ambre, oscar, côme, jean…) are left out so "#anti<word>" is not read as a name.
 */

/** Folded first names, girls then boys. */
export const FIRST_NAMES: readonly string[] = (
  'emma lea chloe manon ines jade camille sarah lola zoe louise lina clara alice mila anna eva julia lucie ' +
  'juliette romane louna nina lena agathe margaux mathilde oceane maelys lilou jeanne charlotte lisa clemence ' +
  'anais pauline marie justine laura elise noemie maeva louane capucine victoria alicia salome elena apolline ' +
  'valentine heloise nour yasmine maya lya lana elsa celia emilie axelle eloise fanny melissa amandine candice ' +
  'julie lucile morgane coralie gabrielle leonie leana louisa luna alix adele olivia giulia clementine mia ava ' +
  'lyna assia sofia sophie alexia emy mae lila loane maelle ilona kenza sirine melina aya lisa thais ' +
  'lucas hugo louis gabriel arthur jules nathan enzo leo raphael adam tom theo ethan noah mael timeo sacha ' +
  'nolan mathis maxime paul clement antoine alexandre thomas baptiste victor axel mathys evan kylian rayan ' +
  'yanis ilyes liam aaron eliott esteban matteo samuel martin valentin quentin romain alexis julien benjamin ' +
  'tristan gabin sami mohamed adrien bastien corentin florian kevin dylan killian loic maxence nicolas pierre ' +
  'simon robin marius achille augustin malo noe lenny ryan amir ayoub ismael younes wassim elias ' +
  'timothee titouan lorenzo diego milo gaspard samy anas bilal mehdi karim erwan yann loris kenzo lukas ' +
  'nael ilan ewen ali ibrahim hamza tiago mathieu antonin lilian jordan anthony william louka sohan'
)
  .split(' ')
  .filter((n, i, all) => n.length > 0 && all.indexOf(n) === i)
