import type { ExportTarget } from '../../../shared/domain/platform-limits';
import type { LintIssue, LintReport } from '../../../shared/domain/export';
import type { Listing } from '../listing';
import type { FieldIssue } from '../targets/types';

/** Past this many, issues are counted but not listed, so a 100,000-product report stays small. */
export const LINT_ISSUES_SHOWN = 1000;

export interface LintCollector {
  add(listing: Listing, found: readonly FieldIssue[]): void;
  report(notices: string[], leftOut?: LintReport['leftOut']): LintReport;
}

export function createLintCollector(target: ExportTarget, shown = LINT_ISSUES_SHOWN): LintCollector {
  const issues: LintIssue[] = [];
  const failing: number[] = [];
  let checked = 0;
  let errorCount = 0;
  let warningCount = 0;
  let truncated = false;
  return {
    add(listing, found) {
      checked++;
      let failed = false;
      for (const issue of found) {
        if (issue.severity === 'error') {
          errorCount++;
          failed = true;
        } else warningCount++;
        if (issues.length < shown) issues.push({ ...issue, productId: listing.productId, sku: listing.sku, message: describe(listing, issue.message) });
        else truncated = true;
      }
      if (failed) failing.push(listing.productId);
    },
    report(notices, leftOut = []) {
      return { target, checked, failingProductIds: failing, errorCount, warningCount, issues, issuesTruncated: truncated, notices, leftOut };
    },
  };
}

/**
 * "“Linen tote” (SKU LT-1) has no price." — names the product the way the shop owner knows it: its
 * title, else its SKU (the photos' file-name stem until the owner types one), else its number.
 */
function describe(listing: Listing, message: string): string {
  const title = listing.title.trim();
  const sku = listing.sku?.trim() ?? '';
  if (title) return `“${title.slice(0, 60)}”${sku ? ` (SKU ${sku})` : ''} ${message}`;
  if (sku) return `“${sku}” ${message}`;
  return `Product ${listing.productId} ${message}`;
}
