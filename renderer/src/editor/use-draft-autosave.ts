import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Draft } from '../../../shared/domain/draft';
import { useApi } from '../api/api-context';
import { applySaved, diffForm, draftToForm, type DraftForm, type FormErrors } from './draft-form';
import { reduceSaveState } from './save-state';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Edits save themselves ~400 ms after the last keystroke, one drafts.update at a time, each
 * based on the revision the previous save returned so a stale editor cannot overwrite newer work.
 */
export function useDraftAutosave(initial: Draft, delayMs = AUTOSAVE_DELAY_MS) {
  const api = useApi();
  const [form, setForm] = useState(() => draftToForm(initial));
  const [errors, setErrors] = useState<FormErrors>({});
  const [draft, setDraft] = useState(initial);
  // The same, readable right after a save resolves, before React renders it (approve asks about its flags).
  const lastSaved = useRef(initial);
  const [state, dispatch] = useReducer(reduceSaveState, { status: 'saved', message: null, revision: initial.revision });
  const saved = useRef(draftToForm(initial));
  const latest = useRef(form);
  const revision = useRef(initial.revision);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    timer.current = null;
    if (inFlight.current) return;
    const submitted = latest.current;
    const diff = diffForm(saved.current, submitted);
    setErrors(diff.errors);
    const problem = Object.values(diff.errors)[0];
    if (problem) dispatch({ type: 'invalid', message: problem });
    if (Object.keys(diff.fields).length === 0) return;
    inFlight.current = true;
    dispatch({ type: 'started' });
    const result = await api.drafts.update({ productId: initial.productId, baseRevision: revision.current, fields: diff.fields });
    inFlight.current = false;
    if (!result.ok) {
      dispatch({ type: 'failed', code: result.error.code, message: result.error.message });
      return;
    }
    setDraft(result.value);
    lastSaved.current = result.value;
    saved.current = applySaved(saved.current, submitted, diff.fields);
    revision.current = result.value.revision;
    const dirty = Object.keys(diffForm(saved.current, latest.current).fields).length > 0;
    dispatch({ type: 'succeeded', revision: result.value.revision, dirty });
    // The valid fields are saved; a field left out (a bad price) still needs the person's fix.
    if (problem) dispatch({ type: 'invalid', message: problem });
    if (dirty) timer.current = setTimeout(() => void flush(), delayMs);
  }, [api, initial.productId, delayMs]);

  const edit = useCallback(
    (patch: Partial<DraftForm>) => {
      latest.current = { ...latest.current, ...patch };
      setForm(latest.current);
      dispatch({ type: 'edited' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  /** Saves pending edits now (before approving or regenerating, which read the saved draft). */
  const flushNow = useCallback(async (): Promise<void> => {
    if (!timer.current) return;
    clearTimeout(timer.current);
    await flush();
  }, [flush]);

  // Switching products must not drop the last keystrokes: save them now instead of in 400 ms.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      void flush();
    },
    [flush],
  );

  /**
   * Takes a newer saved draft as the form's new base (the model rewrote it, or a restore or an
   * approval happened): nothing is saved, because it already is. Unsaved typing is replaced; the
   * caller keeps it as an undo step.
   */
  const adopt = useCallback((next: Draft) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const nextForm = draftToForm(next);
    saved.current = nextForm;
    latest.current = nextForm;
    revision.current = next.revision;
    lastSaved.current = next;
    setForm(nextForm);
    setDraft(next);
    setErrors({});
    dispatch({ type: 'succeeded', revision: next.revision, dirty: false });
  }, []);

  const savedDraft = useCallback(() => lastSaved.current, []);

  /** The draft as last saved (its status and flags change with saves). */
  return { draft, form, errors, state, edit, flushNow, adopt, revision, savedDraft };
}
