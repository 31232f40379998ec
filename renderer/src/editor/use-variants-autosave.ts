import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProductVariants } from '../../../shared/domain/variant';
import { useApi } from '../api/api-context';
import { AUTOSAVE_DELAY_MS } from './use-draft-autosave';
import { formToUpdate, sameVariants, variantsToForm, type VariantsForm } from './variants-form';

export type VariantsSaveState = { status: 'saved' | 'pending' | 'saving' } | { status: 'error'; message: string };

/**
 * The Variants table saves itself like the listing's fields: ~400 ms after the last keystroke, the
 * option names and every variant go to variants.update at once (the core checks them together and
 * writes all or nothing). What it refuses is shown in its words and stays on screen to fix.
 */
export function useVariantsAutosave(loaded: ProductVariants, onSaved: () => void, delayMs = AUTOSAVE_DELAY_MS) {
  const api = useApi();
  const [form, setForm] = useState(() => variantsToForm(loaded));
  const [state, setState] = useState<VariantsSaveState>({ status: 'saved' });
  const saved = useRef(form);
  const latest = useRef(form);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    timer.current = null;
    if (inFlight.current) return;
    const submitted = latest.current;
    if (sameVariants(saved.current, submitted)) return setState({ status: 'saved' });
    const update = formToUpdate(submitted);
    if (!update.ok) return setState({ status: 'error', message: update.message });
    inFlight.current = true;
    setState({ status: 'saving' });
    const result = await api.variants.update({ productId: loaded.productId, optionNames: update.optionNames, variants: update.variants });
    inFlight.current = false;
    if (!result.ok) return setState({ status: 'error', message: result.error.message });
    saved.current = submitted;
    onSaved();
    if (latest.current === submitted) {
      // What the core stored (its value sources) becomes the form, unless the owner typed meanwhile.
      const stored = variantsToForm(result.value);
      saved.current = stored;
      latest.current = stored;
      setForm(stored);
      return setState({ status: 'saved' });
    }
    setState({ status: 'pending' });
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [api, loaded.productId, onSaved, delayMs]);

  const edit = useCallback(
    (next: VariantsForm) => {
      latest.current = next;
      setForm(next);
      setState((s) => (s.status === 'saving' ? s : { status: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  /** Saves pending edits now (before a split, which reads the saved variants). */
  const flushNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      await flush();
    }
    return sameVariants(saved.current, latest.current);
  }, [flush]);

  // Leaving the product must not drop the last keystrokes.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      void flush();
    },
    [flush],
  );

  return { form, state, edit, flushNow };
}
