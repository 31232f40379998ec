import type { LanguageCode } from '../output-languages';
import type { ColourFamily } from './colour-families';
import { parseVocabulary } from './parse-vocabulary';
import { ENGLISH_COLOURS } from './vocabulary-en';

/**
 * Colour words of the other languages listings are written in, with their inflected forms
 * ("roj{o,a,os,as}"). Written for this check from general knowledge of each language; words that
 * are mostly something else there are left out (French "or" and "argent", Spanish "tan").
 */
const TABLES: Record<Exclude<LanguageCode, 'en'>, string> = {
  de: `
rot{,e,en,er,es,em}:red weinrot{,e,en,er,es}:red,purple bordeaux:red,purple,brown bordeauxrot{,e,en,er,es}:red,purple
orange{,n}:orange gelb{,e,en,er,es,em}:yellow senfgelb{,e,en,er,es}:yellow,gold,brown
grün{,e,en,er,es,em}:green gruen{,e,en,er,es}:green oliv:green,brown olivgrün{,e,en,er,es}:green,brown mint:green,blue mintgrün{,e,en,er,es}:green
türkis{,e,en,er,es}:blue,green petrol:blue,green blau{,e,en,er,es,em}:blue marineblau{,e,en,er,es}:blue navy:blue dunkelblau{,e,en,er,es}:blue hellblau{,e,en,er,es}:blue
lila:purple violett{,e,en,er,es}:purple,blue flieder:purple,pink rosa:pink pink:pink altrosa:pink,beige fuchsia:pink,purple
braun{,e,en,er,es,em}:brown cognac:brown,orange camel:brown,beige,gold taupe:beige,grey,brown beige:beige,cream sand:beige,cream sandfarben{,e,en,er,es}:beige,cream
creme:cream,white,beige cremefarben{,e,en,er,es}:cream,white,beige cremeweiß{,e,en,er,es}:cream,white elfenbein:cream,white ecru:beige,cream,white naturweiß{,e,en,er,es}:white,cream
weiß{,e,en,er,es,em}:white weiss{,e,en,er,es,em}:white schwarz{,e,en,er,es,em}:black anthrazit:charcoal,black
grau{,e,en,er,es,em}:grey,charcoal hellgrau{,e,en,er,es}:silver,grey,white dunkelgrau{,e,en,er,es}:charcoal,grey
silber{,n,ne,nen,ner,nes}:silver,grey,white gold{,en,ene,enen,ener,enes}:gold,yellow roségold:pink,gold,orange,beige,brown rosegold:pink,gold,orange,beige,brown weißgold:silver,white,grey,gold
kupfer{,n,farben}:orange,brown,gold,pink bronze:brown,gold,orange`,
  fr: `
rouge{,s}:red bordeaux:red,purple,brown orange{,s}:orange corail:pink,orange,red jaune{,s}:yellow moutarde:yellow,gold,brown
vert{,e,s,es}:green kaki:beige,green,brown olive:green,brown turquoise{,s}:blue,green bleu{,e,s,es}:blue bleu marine:blue marine:blue
violet{,te,s,tes}:purple,blue lilas:purple,pink mauve{,s}:purple,pink rose{,s}:pink fuchsia:pink,purple
marron:brown chocolat:brown camel:brown,beige,gold cognac:brown,orange taupe:beige,grey,brown beige{,s}:beige,cream sable:beige,cream
crème:cream,white,beige ivoire:cream,white écru{,e,s,es}:beige,cream,white blanc{,he,s,hes}:white blanc cassé:white,cream,beige
noir{,e,s,es}:black anthracite:charcoal,black gris{,e,es}:grey,charcoal gris clair:silver,grey,white gris foncé:charcoal,grey
argenté{,e,s,es}:silver,grey,white doré{,e,s,es}:gold,yellow or rose:pink,gold,orange,beige,brown cuivré{,e,s,es}:orange,brown,gold,pink bronze:brown,gold,orange`,
  es: `
roj{o,a,os,as}:red granate:red,purple,brown burdeos:red,purple,brown naranja{,s}:orange coral:pink,orange,red amarill{o,a,os,as}:yellow mostaza:yellow,gold,brown
verde{,s}:green caqui:beige,green,brown oliva:green,brown turquesa:blue,green azul{,es}:blue azul marino:blue celeste:blue
morad{o,a,os,as}:purple violeta{,s}:purple,blue lila:purple,pink malva:purple,pink rosa{,s}:pink rosad{o,a,os,as}:pink fucsia:pink,purple
marrón:brown marrones:brown chocolate:brown camel:brown,beige,gold beige:beige,cream arena:beige,cream
crema:cream,white,beige marfil:cream,white crud{o,a,os,as}:beige,cream,white blanc{o,a,os,as}:white
negr{o,a,os,as}:black antracita:charcoal,black gris{,es}:grey,charcoal gris claro:silver,grey,white gris oscuro:charcoal,grey
plateado{,s}:silver,grey,white plateada{,s}:silver,grey,white dorad{o,a,os,as}:gold,yellow oro:gold,yellow oro rosa:pink,gold,orange,beige,brown cobrizo:orange,brown,gold bronce:brown,gold,orange`,
  it: `
ross{o,a,i,e}:red bordeaux:red,purple,brown arancione{,i}:orange arancio:orange corallo:pink,orange,red giall{o,a,i,e}:yellow senape:yellow,gold,brown
verde{,i}:green cachi:beige,green,brown oliva:green,brown turchese:blue,green blu:blue azzurr{o,a,i,e}:blue blu navy:blue
viola:purple lilla:purple,pink malva:purple,pink rosa:pink fucsia:pink,purple
marrone{,i}:brown cioccolato:brown cuoio:brown,orange cammello:brown,beige,gold tortora:beige,grey,brown beige:beige,cream sabbia:beige,cream
crema:cream,white,beige avorio:cream,white écru:beige,cream,white bianc{o,a,hi,he}:white panna:cream,white
ner{o,a,i,e}:black antracite:charcoal,black grigi{o,a}:grey,charcoal grigi:grey,charcoal grige:grey,charcoal grigio chiaro:silver,grey,white grigio scuro:charcoal,grey
argento:silver,grey,white argentat{o,a,i,e}:silver,grey,white dorat{o,a,i,e}:gold,yellow oro:gold,yellow oro rosa:pink,gold,orange,beige,brown rame:orange,brown,gold,pink bronzo:brown,gold,orange`,
  pt: `
vermelh{o,a,os,as}:red bordô:red,purple,brown laranja{,s}:orange coral:pink,orange,red amarel{o,a,os,as}:yellow mostarda:yellow,gold,brown
verde{,s}:green caqui:beige,green,brown oliva:green,brown turquesa:blue,green azul:blue azuis:blue azul-marinho:blue azul marinho:blue
rox{o,a,os,as}:purple violeta:purple,blue lilás:purple,pink malva:purple,pink rosa{,s}:pink fúcsia:pink,purple
castanh{o,a,os,as}:brown marrom:brown chocolate:brown caramelo:brown,orange,gold camel:brown,beige,gold bege{,s}:beige,cream areia:beige,cream
creme:cream,white,beige marfim:cream,white cru:beige,cream,white branc{o,a,os,as}:white
pret{o,a,os,as}:black antracite:charcoal,black cinza{,s}:grey,charcoal cinzent{o,a,os,as}:grey,charcoal cinza-claro:silver,grey,white cinza-escuro:charcoal,grey
pratead{o,a,os,as}:silver,grey,white dourad{o,a,os,as}:gold,yellow ouro rosé:pink,gold,orange,beige,brown cobre:orange,brown,gold,pink bronze:brown,gold,orange`,
  nl: `
rood:red rode:red bordeaux:red,purple,brown oranje:orange koraal:pink,orange,red geel:yellow gele:yellow oker:yellow,gold,brown
groen{,e}:green kaki:beige,green,brown olijfgroen{,e}:green,brown mintgroen{,e}:green turquoise:blue,green blauw{,e}:blue marineblauw{,e}:blue navy:blue
paars{,e}:purple violet:purple,blue lila:purple,pink roze:pink fuchsia:pink,purple
bruin{,e}:brown cognac:brown,orange camel:brown,beige,gold taupe:beige,grey,brown beige:beige,cream zand:beige,cream zandkleurig{,e}:beige,cream
crème:cream,white,beige creme:cream,white,beige ivoor:cream,white ecru:beige,cream,white wit:white witte:white gebroken wit:white,cream,beige
zwart{,e}:black antraciet:charcoal,black grijs:grey,charcoal grijze:grey,charcoal lichtgrijs:silver,grey,white lichtgrijze:silver,grey,white donkergrijs:charcoal,grey donkergrijze:charcoal,grey
zilver{,en,kleurig,kleurige}:silver,grey,white goud{,en,kleurig,kleurige}:gold,yellow roségoud:pink,gold,orange,beige,brown koper{,en}:orange,brown,gold,pink brons:brown,gold,orange`,
  sv: `
röd:red rött:red röda:red vinröd{,a}:red,purple orange:orange korall:pink,orange,red gul:yellow gult:yellow gula:yellow senapsgul{,a}:yellow,gold,brown
grön:green grönt:green gröna:green khaki:beige,green,brown olivgrön{,a}:green,brown turkos:blue,green blå:blue blått:blue blåa:blue marinblå{,a}:blue
lila:purple violett{,a}:purple,blue rosa:pink cerise:pink,red,purple
brun:brown brunt:brown bruna:brown konjak:brown,orange kamel:brown,beige,gold beige:beige,cream sandfärgad{,e}:beige,cream
krämvit{,a}:cream,white benvit{,a}:cream,white vit:white vitt:white vita:white naturvit{,a}:white,cream
svart{,a}:black antracit:charcoal,black grå:grey,charcoal grått:grey,charcoal gråa:grey,charcoal ljusgrå{,a}:silver,grey,white mörkgrå{,a}:charcoal,grey
silver:silver,grey,white silverfärgad{,e}:silver,grey,white guld:gold,yellow guldfärgad{,e}:gold,yellow roséguld:pink,gold,orange,beige,brown koppar:orange,brown,gold,pink brons:brown,gold,orange`,
  pl: `
czerwon{y,a,e,ego,ej,ym,ą,ych}:red bordow{y,a,e,ego,ej,ym,ą,ych}:red,purple,brown pomarańczow{y,a,e,ego,ej,ym,ą,ych}:orange koralow{y,a,e}:pink,orange,red żółt{y,a,e,ego,ej,ym,ą,ych}:yellow musztardow{y,a,e}:yellow,gold,brown
zielon{y,a,e,ego,ej,ym,ą,ych}:green khaki:beige,green,brown oliwkow{y,a,e}:green,brown miętow{y,a,e}:green,blue turkusow{y,a,e,ego,ej,ym,ą,ych}:blue,green niebiesk{i,a,ie,iego,iej,im,ą,ich}:blue granatow{y,a,e,ego,ej,ym,ą,ych}:blue
fioletow{y,a,e,ego,ej,ym,ą,ych}:purple,blue liliow{y,a,e}:purple,pink różow{y,a,e,ego,ej,ym,ą,ych}:pink
brązow{y,a,e,ego,ej,ym,ą,ych}:brown karmelow{y,a,e}:brown,orange,gold beżow{y,a,e,ego,ej,ym,ą,ych}:beige,cream piaskow{y,a,e}:beige,cream
kremow{y,a,e,ego,ej,ym,ą,ych}:cream,white,beige ecru:beige,cream,white biał{y,a,e,ego,ej,ym,ą,ych}:white biali:white
czarn{y,a,e,ego,ej,ym,ą,ych}:black grafitow{y,a,e,ego,ej,ym,ą,ych}:charcoal,black antracytow{y,a,e}:charcoal,black szar{y,a,e,ego,ej,ym,ą,ych}:grey,charcoal jasnoszar{y,a,e}:silver,grey,white ciemnoszar{y,a,e}:charcoal,grey
srebrn{y,a,e,ego,ej,ym,ą,ych}:silver,grey,white złot{y,a,e,ego,ej,ym,ą,ych}:gold,yellow miedzian{y,a,e}:orange,brown,gold,pink`,
  ja: `
赤い:red 赤色:red レッド:red ワインレッド:red,purple ボルドー:red,purple,brown オレンジ:orange 黄色:yellow イエロー:yellow マスタード:yellow,gold,brown
緑色:green 緑の:green グリーン:green カーキ:beige,green,brown オリーブ:green,brown ミント:green,blue ターコイズ:blue,green
青い:blue 青色:blue ブルー:blue 水色:blue 紺色:blue 紺の:blue ネイビー:blue 紫色:purple 紫の:purple パープル:purple ラベンダー:purple,blue ピンク:pink
茶色:brown ブラウン:brown キャメル:brown,beige,gold ベージュ:beige,cream アイボリー:cream,white クリーム色:cream,white,beige
白い:white 白色:white ホワイト:white オフホワイト:white,cream,beige 黒い:black 黒色:black ブラック:black
グレー:grey,charcoal 灰色:grey,charcoal チャコール:charcoal,black ライトグレー:silver,grey,white
シルバー:silver,grey,white 銀色:silver,grey,white ゴールド:gold,yellow 金色:gold,yellow ピンクゴールド:pink,gold,orange,beige,brown`,
  zh: `
红色:red 大红:red 酒红:red,purple 橙色:orange 橘色:orange 黄色:yellow 芥末黄:yellow,gold,brown
绿色:green 墨绿:green 军绿:green,brown 橄榄绿:green,brown 薄荷绿:green 卡其色:beige,green,brown 青绿:blue,green
蓝色:blue 藏青:blue 藏蓝:blue 海军蓝:blue 天蓝:blue 紫色:purple 薰衣草紫:purple 粉色:pink 粉红:pink 玫红:pink,purple
棕色:brown 咖啡色:brown 褐色:brown 焦糖色:brown,orange,gold 驼色:brown,beige,gold 米色:beige,cream 杏色:beige,orange 奶白:cream,white 米白:white,cream,beige
白色:white 纯白:white 黑色:black 纯黑:black 灰色:grey,charcoal 浅灰:silver,grey,white 深灰:charcoal,grey
银色:silver,grey,white 金色:gold,yellow 玫瑰金:pink,gold,orange,beige,brown`,
};

const PARSED = new Map<LanguageCode, ReadonlyMap<string, readonly ColourFamily[]>>([['en', ENGLISH_COLOURS]]);

/** The colour vocabulary of a language: English for a language the checks do not know. */
export function colourVocabulary(code: LanguageCode): ReadonlyMap<string, readonly ColourFamily[]> {
  let vocabulary = PARSED.get(code);
  if (!vocabulary) {
    vocabulary = parseVocabulary(TABLES[code as Exclude<LanguageCode, 'en'>]);
    PARSED.set(code, vocabulary);
  }
  return vocabulary;
}
