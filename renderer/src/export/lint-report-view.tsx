import type { LintReport } from '../../../shared/domain/export';

/** The pre-flight report: what would be refused by the storefront, before anything is written. */
export function LintReportView({ report }: { report: LintReport }) {
  const clean = report.errorCount === 0 && report.warningCount === 0;
  return (
    <section className="lint-report" aria-label="Pre-flight report">
      <p role="status" className={report.errorCount ? 'lint-bad' : clean ? 'lint-ok' : 'lint-warn'}>
        Checked {report.checked} product{report.checked === 1 ? '' : 's'}: {report.errorCount} error{report.errorCount === 1 ? '' : 's'}, {report.warningCount} warning
        {report.warningCount === 1 ? '' : 's'}.
        {report.failingProductIds.length > 0 && ` ${report.failingProductIds.length} product(s) would be refused.`}
      </p>
      {report.leftOut.length > 0 && (
        <p className="lint-left-out">
          Not included: {report.leftOut.map((r) => `${r.count} ${r.reason}`).join(', ')}.
        </p>
      )}
      {report.notices.length > 0 && (
        <ul className="lint-notices">
          {report.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.issues.length > 0 && (
        <ul className="lint-issues">
          {report.issues.map((issue, i) => (
            <li key={i} className={`lint-${issue.severity}`}>
              {/* The message names the product (title, SKU or number: electron/export/lint/lint-collector.ts). */}
              <strong>{issue.severity === 'error' ? 'Error' : 'Warning'}</strong> {issue.field}: {issue.message}
            </li>
          ))}
          {report.issuesTruncated && <li>…and more (the counts above are complete).</li>}
        </ul>
      )}
    </section>
  );
}
