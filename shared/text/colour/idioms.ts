import type { LanguageCode } from '../output-languages';

/**
 * Phrases with a colour word that name no colour of the product: foods and drinks, sayings,
 * events, places, brands and breeds ("Black Friday", "green tea", "mint condition", "Earl Grey").
 * Their words are skipped before colour words are looked for. Lower-case, written for this check.
 */
const ENGLISH = [
  'black friday', 'green tea', 'black tea', 'white tea', 'earl grey', 'red wine', 'white wine', 'black pepper', 'white pepper',
  'red pepper flakes', 'orange county', 'gold standard', 'golden retriever', 'black & decker', 'black and decker', 'red carpet',
  'red tape', 'red flag', 'red alert', 'red hot', 'red velvet', 'red cross', 'red sox', 'red bull', 'blue moon', 'blue chip',
  'blue collar', 'white collar', 'blue ribbon', 'blue cheese', 'blue whale', 'white noise', 'white label', 'white glove',
  'white house', 'white christmas', 'white paper', 'white elephant', 'black market', 'black belt', 'black box', 'black tie',
  'black hole', 'black sheep', 'black forest', 'green light', 'green thumb', 'green card', 'green energy', 'green bay',
  'golden gate', 'golden hour', 'golden age', 'golden anniversary', 'golden ratio', 'golden years', 'golden syrup',
  'golden jubilee', 'gold coast', 'gold medal', 'gold star', 'silver lining', 'silver screen', 'silver anniversary',
  'silver jubilee', 'silver medal', 'grey area', 'grey matter', 'pink slip', 'pink floyd', 'pink lady', 'purple heart',
  'purple prose', 'yellow pages', 'yellow fever', 'orange juice', 'orange peel', 'orange zest', 'orange blossom',
  'blood orange', 'brown sugar', 'brown rice', 'white rice', 'black beans', 'red panda', 'red fox', 'in the black',
  'in the red', 'deep purple', 'black panther', 'green lantern', 'white russian', 'black russian', 'olive oil', 'olive wood',
  'olive tree', 'olive branch', 'lime juice', 'key lime', 'lemon juice', 'lemon zest', 'lemon squeezer', 'mint condition',
  'mint tea', 'mint leaves', 'coral reef', 'ivory coast', 'navy seal', 'royal navy', 'rust free', 'rust resistant',
  'rust proof', 'amber alert', 'cream cheese', 'ice cream', 'sour cream', 'shaving cream', 'hand cream', 'face cream',
  'whipped cream', 'sun cream', 'eye cream', 'night cream', 'salmon fillet', 'smoked salmon', 'grape juice', 'grape vine',
  'charcoal grill', 'activated charcoal', 'charcoal filter', 'sage leaves', 'sage advice', 'moss stitch', 'petrol station',
  'petrol engine', 'lavender oil', 'lavender scent', 'lavender scented', 'lavender essential oil', 'lavender fields',
  'chocolate bar', 'chocolate chip', 'hot chocolate', 'chocolate cake', 'white chocolate', 'sand timer', 'sand castle',
  'tan lines', 'peach tea', 'plum tomatoes', 'emerald city', 'ruby slippers', 'red dead', 'black mirror', 'green day', 'black coffee', 'blue ridge',
];

const OTHERS: Partial<Record<LanguageCode, readonly string[]>> = {
  de: ['grüner tee', 'grünen tee', 'schwarzer tee', 'schwarzen tee', 'schwarzer pfeffer', 'schwarzen pfeffer', 'roter teppich', 'schwarzes brett', 'blauer montag', 'goldene hochzeit'],
  fr: ['thé vert', 'thé noir', 'vin rouge', 'vin blanc', 'poivre noir', 'carte blanche', 'tapis rouge', 'nuit blanche', 'vendredi noir', 'marée noire'],
  es: ['té verde', 'té negro', 'vino blanco', 'pimienta negra', 'alfombra roja', 'carta blanca', 'viernes negro'],
  it: ['tè verde', 'tè nero', 'vino rosso', 'vino bianco', 'pepe nero', 'carta bianca', 'tappeto rosso', 'venerdì nero'],
  pt: ['chá verde', 'chá preto', 'vinho branco', 'pimenta preta', 'tapete vermelho', 'carta branca', 'sexta-feira negra'],
  nl: ['groene thee', 'zwarte thee', 'zwarte peper', 'rode wijn', 'witte wijn', 'rode loper', 'zwarte vrijdag'],
  sv: ['grönt te', 'svart te', 'rött vin', 'vitt vin', 'röda mattan', 'svart peppar'],
  pl: ['zielona herbata', 'zielonej herbaty', 'czarna herbata', 'czarnej herbaty', 'czarny pieprz', 'czerwone wino', 'białe wino', 'czerwony dywan'],
  ja: ['ブラックフライデー', 'ブラックペッパー', 'ホワイトデー', 'グリーンティー', 'レッドカーペット'],
  zh: ['黑色星期五', '红色地毯'],
};

/** The idioms checked in a language: its own and the English ones, which shop copy everywhere borrows. */
export function colourIdioms(code: LanguageCode): readonly string[] {
  return code === 'en' ? ENGLISH : [...(OTHERS[code] ?? []), ...ENGLISH];
}

export const ENGLISH_IDIOM_COUNT = ENGLISH.length;
