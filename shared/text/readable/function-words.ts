import type { LanguageCode } from '../output-languages';

/**
 * The commonest short words of each language (articles, prepositions, conjunctions, pronouns,
 * forms of "to be"): any sentence a person writes is full of them, whatever it is about, and text
 * that is noise or in another language has almost none. Written for this check from general
 * knowledge of each language, lower-case.
 */
const WORDS: Record<LanguageCode, string> = {
  en: 'the a an and or of to in on for with is are was it its this that these those your you our we be as by at from can will has have not no all into up out so than more very each per just also any one two their they it\'s keeps made',
  de: 'der die das den dem des ein eine einen einem einer eines und oder mit für von vom zu zum zur im in ist sind war auf aus bei als auch sich es sie ihr ihre ihren ihrem wir unser unsere nicht wie so sehr jede jeder jedes durch um an am nach vor über kann können wird werden hat haben ihn man dass noch nur mehr',
  fr: 'le la les l un une des du de d et ou avec pour dans sur en est sont ce cet cette ces votre vos notre nos il elle ils qui que qu au aux par plus très se sa son ses tout tous toute ne pas peut être a sans chaque vous',
  es: 'el la los las un una unos unas y o de del con para en por es son su sus este esta estos estas que se al muy más tu tus nuestro nuestra como lo le sin cada puede ya e u también',
  it: 'il lo la i gli le un una uno e o di del della dei delle dello con per in su è sono questo questa questi queste che si al alla ai allo più molto tuo tua tuoi come da nel nella ogni può non l un\' ed anche',
  pt: 'o a os as um uma uns umas e ou de do da dos das com para em no na nos nas por é são seu sua seus suas este esta que se ao à mais muito como cada pode não também',
  nl: 'de het een en of van met voor in op is zijn dit deze die dat je jouw uw ons onze we ook als aan bij uit te om door niet zeer heel elk elke kan wordt naar',
  sv: 'en ett och eller av med för i på är som den det de denna detta din ditt dina vår vårt till från om kan har inte mycket varje så att utan',
  pl: 'i w z na do dla jest są to ten ta te tej się od o po przez oraz lub jak nie bardzo każdy każda może który która które twój twoja a ze we',
  ja: 'の は が を に で と も です ます この その から まで へ や し て た な れ る い お だ ない',
  zh: '的 是 了 在 和 有 这 个 为 与 也 就 都 很 可以 您 您的 让 一 款 不 更 中 上 又 把 被 您可以 它',
};

const SETS = new Map<LanguageCode, ReadonlySet<string>>();

export function functionWords(code: LanguageCode): ReadonlySet<string> {
  let set = SETS.get(code);
  if (!set) {
    set = new Set(WORDS[code].split(' '));
    SETS.set(code, set);
  }
  return set;
}
