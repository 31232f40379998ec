import type { Listing } from '../listing';
import { rowHeader, type FieldIssue, type RowContext, type TargetSpec } from '../targets/types';
import { checkVariants } from './check-variants';
import { checkCommon } from './check-common';
import { checkDraftFlags } from './check-draft-flags';
import { checkFormulaCells } from './check-formula-cells';

/**
 * Everything wrong with one listing for one target, judged on the cells it would write. Pass the
 * rows when they are already mapped, so an export that lints as it writes maps each listing once.
 */
export function lintListing(spec: TargetSpec, listing: Listing, ctx: RowContext, spreadsheetSafe: boolean, rows?: readonly (readonly string[])[]): FieldIssue[] {
  const issues = [...checkCommon(spec, listing), ...checkVariants(spec, listing), ...spec.lint(listing, ctx), ...checkDraftFlags(listing)];
  if (!spreadsheetSafe) issues.push(...checkFormulaCells(rowHeader(spec, ctx), rows ?? spec.toRows(listing, ctx)));
  return issues;
}
