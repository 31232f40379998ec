import type { ColourFamily } from './colour-families';
import { parseVocabulary } from './parse-vocabulary';

/**
 * A seller's English colour vocabulary: each name (one to three words) and the families a photo
 * may show for it. Written for this check. Plurals ("reds"), -ish and -y forms ("bluish",
 * "silvery") are derived from these by findColourClaims; words that are mostly not colours in
 * listings ("coffee", "latte", "stone", "denim", "champagne", "walnut") are left out.
 */
const TABLE = `
red:red crimson:red scarlet:red ruby:red vermilion:red carmine:red  cherry red:red blood red:red
wine red:red,purple fire engine red:red tomato red:red,orange poppy:red,orange brick red:red,orange,brown
maroon:red,brown,purple burgundy:red,purple,brown oxblood:red,brown claret:red,purple merlot:red,purple garnet:red,purple
raspberry:pink,red,purple rust:orange,brown,red  terracotta:orange,brown,red
copper:orange,brown,gold,pink bronze:brown,gold,orange coral:pink,orange,red salmon:pink,orange peach:orange,pink,beige
apricot:orange,beige,pink tangerine:orange burnt orange:orange,brown orange:orange pumpkin:orange
amber:orange,gold,yellow,brown ochre:yellow,gold,brown,orange mustard:yellow,gold,brown saffron:yellow,orange,gold
marigold:yellow,orange,gold  yellow:yellow lemon:yellow canary:yellow butter yellow:yellow,cream
gold:gold,yellow golden:gold,yellow gilt:gold,yellow gilded:gold,yellow antique gold:gold,brown brass:gold,yellow,brown
khaki:beige,green,brown olive:green,brown,gold olive green:green,brown army green:green,brown moss:green moss green:green
sage:green,grey sage green:green,grey mint:green,blue mint green:green pistachio:green lime:green,yellow lime green:green,yellow
chartreuse:green,yellow emerald:green jade:green kelly green:green forest green:green hunter green:green bottle green:green
sea green:green,blue seafoam:green,blue green:green teal:blue,green turquoise:blue,green aqua:blue,green aquamarine:blue,green
cyan:blue,green petrol:blue,green duck egg:blue,green blue:blue navy:blue navy blue:blue midnight blue:blue,black
royal blue:blue cobalt:blue cobalt blue:blue sapphire:blue cerulean:blue azure:blue sky blue:blue baby blue:blue powder blue:blue
ice blue:blue,white steel blue:blue,grey  cornflower:blue periwinkle:blue,purple indigo:blue,purple
 purple:purple violet:purple,blue plum:purple,red,pink aubergine:purple,brown,black eggplant:purple,brown,black
grape:purple amethyst:purple lavender:purple,blue lilac:purple,pink mauve:purple,pink orchid:purple,pink magenta:pink,purple
fuchsia:pink,purple pink:pink hot pink:pink baby pink:pink blush:pink,beige blush pink:pink,beige dusty pink:pink,beige
dusty rose:pink,red,purple rose pink:pink rose red:red,pink bubblegum:pink bubblegum pink:pink old rose:pink,red
rose gold:pink,gold,orange,beige,brown white gold:silver,white,grey,gold
brown:brown chocolate:brown chocolate brown:brown  chestnut:brown,red mahogany:brown,red
cognac:brown,orange caramel:brown,orange,gold camel:brown,beige,gold tan:brown,beige,orange,gold taupe:beige,grey,brown
mushroom:beige,grey,brown sand:beige,cream sandy:beige,cream  oatmeal:beige,cream ecru:beige,cream,white
beige:beige,cream  fawn:beige,brown  
cream:cream,white,beige ivory:cream,white eggshell:cream,white  off white:white,cream,beige,silver
white:white snow white:white pure white:white optic white:white bright white:white
black:black jet black:black pitch black:black matte black:black onyx:black ebony:black,brown
charcoal:charcoal,black graphite:charcoal,black anthracite:charcoal,black slate:grey,charcoal,blue slate grey:grey,charcoal
gunmetal:charcoal,black pewter:grey,silver grey:grey,charcoal heather grey:grey,silver ash grey:grey,silver
dove grey:grey,silver light grey:silver,grey,white dark grey:charcoal,grey mid grey:grey steel grey:grey,silver
silver:silver,grey,white silvery:silver,grey,white platinum:silver,white,grey chrome:silver,grey,white metallic silver:silver,grey
`;

export const ENGLISH_COLOURS: ReadonlyMap<string, readonly ColourFamily[]> = parseVocabulary(TABLE);
