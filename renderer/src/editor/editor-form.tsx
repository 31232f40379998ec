import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Draft } from '../../../shared/domain/draft';
import type { Photo } from '../../../shared/domain/product';
import type { ExportTarget } from '../../../shared/domain/platform-limits';
import { useApi } from '../api/api-context';
import { MessageWithSettings } from '../common/settings-mention';
import { StatusBadge } from '../common/status-badge';
import type { DraftForm } from './draft-form';
import { DraftFormFields } from './draft-form-fields';
import { EditorToolbar } from './editor-toolbar';
import { approvalQuestion, flagsByPlace } from './field-flags';
import { regenerateScoped } from './regenerate-scoped';
import { ObservedPanel } from './observed-panel';
import { RevisionHistory } from './revision-history';
import { describeSaveState } from './save-state';
import { emptyHistory, recordEdit, redo, undo, type UndoHistory } from './undo-history';
import { useDraftAutosave } from './use-draft-autosave';
import { draftToForm } from './draft-form';
import { changedFields, describeRewrite, ownerValues, rewriteStillShown, type ModelRewrite } from './model-rewrite';
import { RewriteCompare } from './rewrite-compare';
import type { EditorCommandsRef, RegenerateScope } from './editor-commands';
import { VariantsSection } from './variants-section';

export interface EditorFormProps {
  draft: Draft;
  /** The product's photos, for the Variants table's thumbnails. */
  photos: readonly Photo[];
  /** Loads the draft again (after a restore or a regenerate). */
  onReload: () => void;
  platform: ExportTarget;
  wordTarget: number;
  commands: EditorCommandsRef;
  /** The grid should reload (a save, a split, an approval). */
  onChanged: () => void;
  /** Runs a generation for these products and resolves when it has finished. */
  onRegenerate: (productIds: number[]) => Promise<void>;
  /** Opens the previous (-1) or next (+1) product in the grid, as Alt+↑ and Alt+↓ do. */
  onStep?: (step: 1 | -1) => void;
  /** Opens Settings from a message that names it (no engine running, a cloud key refused). */
  onOpenSettings?: () => void;
}

/** The listing's fields with autosave, undo/redo, approve, regenerate and history. */
export function EditorForm({ draft: loaded, photos, onReload, onChanged, onRegenerate, onStep, onOpenSettings, commands, platform, wordTarget }: EditorFormProps) {
  const api = useApi();
  const { draft, form, errors, state, edit, flushNow, adopt, revision, savedDraft } = useDraftAutosave(loaded);
  const [history, setHistory] = useState<UndoHistory<DraftForm>>(emptyHistory);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [rewrite, setRewrite] = useState<ModelRewrite | null>(null);
  const [question, setQuestion] = useState<string | null>(null);
  const asked = useRef(false);
  const formNow = useRef(form);
  formNow.current = form;
  const adopted = useRef(loaded);
  /** Set while this editor regenerates, so the new version that arrives is shown beside the owner's. */
  const regenerating = useRef(false);

  // A newer version saved elsewhere (the model's rewrite, a restore, an approval) becomes the form
  // in place, without remounting: what was on screen is one undo step back (Ctrl+Z).
  useEffect(() => {
    if (loaded === adopted.current) return;
    adopted.current = loaded;
    if (loaded.revision < revision.current) return;
    const before = formNow.current;
    const next = draftToForm(loaded);
    if (changedFields(before, next).length > 0) {
      setHistory((h) => recordEdit(h, before, `replaced:${loaded.revision}`, Date.now()));
      setRewrite(regenerating.current ? describeRewrite(before, next) : null);
    }
    regenerating.current = false;
    adopt(loaded);
  }, [loaded, adopt, revision]);

  useEffect(() => {
    if (state.status === 'saved' && state.revision !== loaded.revision) onChanged();
  }, [state.status, state.revision, loaded.revision, onChanged]);

  const editField = useCallback(
    (patch: Partial<DraftForm>) => {
      setHistory((h) => recordEdit(h, form, Object.keys(patch).join(','), Date.now()));
      edit(patch);
    },
    [form, edit],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const r = direction === 'undo' ? undo(history, form) : redo(history, form);
      if (!r) return false;
      setHistory(r.history);
      edit(r.value);
      return true;
    },
    [history, form, edit],
  );

  const approve = useCallback(async (confirmed = false) => {
    await flushNow();
    // Flags follow the saved text, so they are read after the last edit is saved. Asked once:
    // approving again while the question shows (Ctrl+Enter twice) is the answer.
    const pending = confirmed || asked.current ? null : approvalQuestion(savedDraft().flags);
    if (pending) {
      asked.current = true;
      setQuestion(pending);
      return false;
    }
    asked.current = false;
    setQuestion(null);
    const result = await api.drafts.setStatus({ productIds: [loaded.productId], status: 'approved' });
    if (!result.ok) {
      setProblem(result.error.message);
      return false;
    }
    onChanged();
    onReload();
    return true;
  }, [api, flushNow, savedDraft, loaded.productId, onChanged, onReload]);

  const regenerate = useCallback(
    async (scope: RegenerateScope) => {
      // The reload after regenerating would drop the edits a conflict is holding back.
      if (state.status === 'conflict') return setProblem('This draft changed elsewhere. Reload it before regenerating, or your unsaved edits here are lost.');
      await flushNow();
      setBusy(scope === 'listing' ? 'Writing a new listing…' : `Rewriting the ${scope}…`);
      regenerating.current = true;
      const outcome = await regenerateScoped(api, loaded.productId, scope, onRegenerate);
      setBusy(null);
      setProblem(outcome);
      if (outcome !== null) regenerating.current = false;
      onChanged();
      onReload();
    },
    [api, flushNow, loaded.productId, onRegenerate, onChanged, onReload, state.status],
  );

  const confirmClaim = useCallback(
    async (words: string[]) => {
      // Saved edits first: the confirmation is its own revision on top of them.
      await flushNow();
      const result = await api.drafts.confirm({ productId: loaded.productId, words });
      if (!result.ok) return setProblem(result.error.message);
      onChanged();
      onReload();
    },
    [api, flushNow, loaded.productId, onChanged, onReload],
  );

  useImperativeHandle(commands, () => ({ approve, regenerate: () => regenerate('listing'), undo: () => step('undo'), redo: () => step('redo') }), [approve, regenerate, step]);

  const byPlace = flagsByPlace(draft.flags);
  return (
    <>
      <header className="editor-header">
        <StatusBadge status={draft.status} flagCount={draft.flags.length} />
        <span className={`save-state save-${state.status}`} role="status" aria-label="Save status">
          {describeSaveState(state)}
        </span>
        {state.status === 'conflict' && (
          <button type="button" onClick={onReload}>
            Reload
          </button>
        )}
      </header>
      <EditorToolbar
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        onUndo={() => step('undo')}
        onRedo={() => step('redo')}
        approved={draft.status === 'approved'}
        onApprove={() => void approve()}
        busy={busy}
        onRegenerate={(scope) => void regenerate(scope)}
        flagCount={draft.flags.length}
        {...(onStep ? { onStep } : {})}
      />
      {problem && (
        <p role="alert" className="editor-problem">
          <MessageWithSettings text={problem} {...(onOpenSettings ? { onOpenSettings } : {})} />
        </p>
      )}
      {rewrite && rewriteStillShown(rewrite, form) && (
        <RewriteCompare rewrite={rewrite} onKeepMine={() => editField(ownerValues(rewrite))} onUseNew={() => setRewrite(null)} />
      )}
      {question && (
        <div role="alertdialog" aria-label="Approve with flags" className="editor-question">
          <p>{question}</p>
          <button type="button" className="primary" onClick={() => void approve(true)}>
            Approve anyway
          </button>
          <button
            type="button"
            onClick={() => {
              asked.current = false;
              setQuestion(null);
            }}
          >
            Keep reviewing
          </button>
        </div>
      )}
      {byPlace.general.length > 0 && (
        <section className="flags" aria-label="Flags">
          <h3>Needs a look</h3>
          <ul>
            {byPlace.general.map((f, i) => (
              <li key={`${f.code}-${i}`}>{f.reason}</li>
            ))}
          </ul>
        </section>
      )}
      <DraftFormFields productId={loaded.productId} form={form} errors={errors} edit={editField} platform={platform} wordTarget={wordTarget} flags={byPlace} onConfirm={(words) => void confirmClaim(words)} />
      <VariantsSection
        productId={loaded.productId}
        photos={photos}
        productPrice={form.price}
        onSaved={onChanged}
        onProductsChanged={() => {
          // A split makes a product (and takes photos): the grid and the photo strip show it.
          onChanged();
          onReload();
        }}
      />
      <ObservedPanel productId={loaded.productId} revision={draft.revision} />
      <RevisionHistory
        productId={loaded.productId}
        current={draft.revision}
        onRestored={() => {
          // The grid shows the title and status too: a restore changes both.
          onChanged();
          onReload();
        }}
      />
    </>
  );
}
