/**
 * Scripts run inside the page, as source text: tsx rewrites functions (it adds name helpers the
 * page does not have), so they cannot be handed to Playwright as functions.
 */

/** Sets window.__interactiveMs once the grid shows cards and the header shows `expected` products. */
export function interactiveProbe(expected: string): string {
  return `(() => {
    const check = () => {
      if (window.__interactiveMs !== undefined) return;
      const count = document.querySelector('[data-testid="product-count"]')?.textContent;
      if (count !== ${JSON.stringify(expected)} || !document.querySelector('.product-card')) return;
      observer.disconnect();
      // The frame after the DOM has the cards: when the person can see and click them.
      requestAnimationFrame(() => setTimeout(() => (window.__interactiveMs = performance.now()), 0));
    };
    const observer = new MutationObserver(check);
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
  })();`;
}

/** Records, for each keydown in `selector`, the time until the frame after it was handled. */
export function typingProbe(selector: string): string {
  return `(() => {
    window.__keyMs = [];
    const target = document.querySelector(${JSON.stringify(selector)});
    if (!target) throw new Error('typing probe: no element for the selector');
    target.addEventListener('keydown', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keyMs.push(performance.now() - start), 0));
    }, { capture: true });
  })();`;
}
