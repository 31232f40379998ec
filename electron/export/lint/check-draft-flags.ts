import type { Listing } from '../listing';
import type { FieldIssue } from '../targets/types';

/**
 * One warning per flag still on the draft (a colour the photos do not show, a claim nothing
 * backs, a word count off target…), so the pre-flight lists what the owner has not resolved.
 * A warning, not an error: the owner saw the flags when approving (the editor asks), and a flag
 * may be a check's mistake, so it must not block the file; the report says what to look at.
 */
export function checkDraftFlags(listing: Listing): FieldIssue[] {
  return (listing.flags ?? []).map((flag) => ({
    field: flag.field ?? (flag.code === 'word_count' ? 'description' : 'draft'),
    code: 'unresolved_flag',
    severity: 'warning',
    message: `still flagged (${flag.code}): ${flag.reason}`,
  }));
}
