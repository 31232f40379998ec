/**
 * "Red, Blue" or "Red/Blue" → ["Red", "Blue"]: how shop owners and the model write several values
 * of one attribute. Each target joins them its own way (WooCommerce ", ", Google "/").
 */
export function splitListValues(text: string): string[] {
  return text.split(/\s*[,/]\s*/).map((v) => v.trim()).filter((v) => v.length > 0);
}
