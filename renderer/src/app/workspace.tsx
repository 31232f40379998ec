import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { EngineStatusData } from '../../../shared/ipc/routes/engine';
import { useApi } from '../api/api-context';
import { DraftEditor } from '../editor/draft-editor';
import type { EditorCommands } from '../editor/editor-commands';
import { ExportDialog } from '../export/export-dialog';
import { GenerateBar } from '../generate/generate-bar';
import { useGenerateJob } from '../generate/use-generate-job';
import { ConfirmDelete } from '../library/confirm-delete';
import { DropZone } from '../library/drop-zone';
import { LibraryToolbar } from '../library/library-toolbar';
import { ProductGrid } from '../library/product-grid';
import { clickSelection, EMPTY_SELECTION, pruneSelection, stepAfterApproval, stepSelection, type Selection } from '../library/selection';
import { useProducts, type ProductFilter, type ProductPage } from '../library/use-products';
import type { ListingStyle } from '../setup/listing-style';
import { MessageWithSettings } from '../common/settings-mention';
import { AppHeader } from './app-header';
import type { ShortcutAction } from './shortcut-keys';
import { useDebounced } from './use-debounced';
import { useShortcuts } from './use-shortcuts';

interface WorkspaceProps {
  /** The first page of products the app fetched while deciding what to show. */
  initialPage: ProductPage | null;
  style: ListingStyle;
  engine: EngineStatusData | null;
  libraryDir: string;
  onOpenSettings: () => void;
}

/** The review workspace: library (import, filter, grid, generate) beside the editor. */
export function Workspace({ initialPage, style, engine, libraryDir, onOpenSettings }: WorkspaceProps) {
  const api = useApi();
  const [filter, setFilter] = useState<ProductFilter>({ status: 'all', search: '' });
  const { items, total, error, reload } = useProducts(useDebounced(filter, 150), initialPage);
  const [sel, setSel] = useState<Selection>(EMPTY_SELECTION);
  const [refreshKey, setRefreshKey] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const editor = useRef<EditorCommands | null>(null);
  const order = useMemo(() => items.map((p) => p.id), [items]);
  const focusId = useRef(sel.focusId);
  focusId.current = sel.focusId;

  useEffect(() => setSel((s) => pruneSelection(s, new Set(order))), [order]);

  // Results appear as they finish, but a 10,000-product job must not reload the grid 10,000 times.
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reloadSoon = useCallback(() => {
    reloadTimer.current ??= setTimeout(() => {
      reloadTimer.current = null;
      reload();
    }, 300);
  }, [reload]);
  useEffect(() => () => clearTimeout(reloadTimer.current ?? undefined), []);

  const job = useGenerateJob((productId) => {
    reloadSoon();
    if (productId === null || productId === focusId.current) setRefreshKey((k) => k + 1);
  });

  const onCardClick = useCallback((id: number, e: MouseEvent) => setSel((s) => clickSelection(s, id, { range: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, order)), [order]);

  const merge = useCallback(
    async (targetId: number, sourceIds: number[]) => {
      if (sourceIds.length === 0) return;
      const result = await api.products.merge({ targetId, sourceIds });
      setNotice(result.ok ? `Merged ${sourceIds.length + 1} products into one.` : result.error.message);
      if (result.ok) setSel({ ids: new Set([targetId]), focusId: targetId, anchorId: targetId });
      reload();
    },
    [api, reload],
  );
  const onMergeDrop = useCallback(
    (targetId: number, sourceId: number) => void merge(targetId, sel.ids.has(sourceId) ? [...sel.ids].filter((id) => id !== targetId) : [sourceId]),
    [merge, sel.ids],
  );
  const mergeSelected = () => {
    const ids = order.filter((id) => sel.ids.has(id));
    const target = sel.focusId !== null && sel.ids.has(sel.focusId) ? sel.focusId : ids[0];
    if (target !== undefined) void merge(target, ids.filter((id) => id !== target));
  };

  const deleteSelected = async () => {
    setConfirmingDelete(false);
    const ids = order.filter((id) => sel.ids.has(id));
    if (ids.length === 0) return;
    const result = await api.products.delete({ productIds: ids });
    setNotice(result.ok ? `Deleted ${result.value.deleted} product${result.value.deleted === 1 ? '' : 's'}.` : result.error.message);
    if (result.ok) setSel(EMPTY_SELECTION);
    reload();
  };

  // Exported drafts change status: the grid and the open editor both show it.
  const afterExport = useCallback(() => {
    reload();
    setRefreshKey((k) => k + 1);
  }, [reload]);

  const regenerate = useCallback((ids: number[]) => job.start(ids), [job]);

  useShortcuts((action: ShortcutAction) => {
    const inEditor = document.activeElement?.closest('.editor-pane') !== null;
    switch (action) {
      case 'next':
      case 'previous':
        setSel((s) => stepSelection(s, action === 'next' ? 1 : -1, order));
        return true;
      case 'approve': {
        const approvedId = focusId.current;
        if (editor.current === null || approvedId === null) return false;
        void editor.current.approve().then((ok) => ok && setSel((s) => stepAfterApproval(s, approvedId, order)));
        return true;
      }
      case 'regenerate':
        void editor.current?.regenerate();
        return editor.current !== null;
      case 'undo':
        return inEditor && (editor.current?.undo() ?? false);
      case 'redo':
        return inEditor && (editor.current?.redo() ?? false);
    }
  });

  const selectedIds = order.filter((id) => sel.ids.has(id));
  return (
    <>
      <AppHeader total={total} engine={engine} onOpenSettings={onOpenSettings} onExport={() => setExporting(true)} />
      <div className="workspace">
        <section className="library" aria-label="Library">
          <DropZone onImported={reload} />
          <GenerateBar
            view={job.view}
            selectedCount={selectedIds.length}
            totalCount={total}
            onGenerateSelected={() => void job.start(selectedIds)}
            onGenerateAll={() => void job.start('all')}
            onPause={() => void job.pause()}
            onResume={() => void job.resume()}
            onCancel={() => void job.cancel()}
            onOpenSettings={onOpenSettings}
          />
          <LibraryToolbar
            filter={filter}
            onFilter={setFilter}
            shown={items.length}
            selectedCount={selectedIds.length}
            onSelectAll={() => setSel({ ids: new Set(order), focusId: sel.focusId, anchorId: sel.anchorId })}
            onClearSelection={() => setSel(EMPTY_SELECTION)}
            onMergeSelected={mergeSelected}
            onDeleteSelected={() => setConfirmingDelete(true)}
          />
          {confirmingDelete && selectedIds.length > 0 && <ConfirmDelete count={selectedIds.length} onDelete={() => void deleteSelected()} onKeep={() => setConfirmingDelete(false)} />}
          {(error || notice) && (
            <p role={error ? 'alert' : 'status'} className="library-notice">
              <MessageWithSettings text={(error ?? notice)!} onOpenSettings={onOpenSettings} />
            </p>
          )}
          <ProductGrid items={items} selectedIds={sel.ids} focusId={sel.focusId} generatingIds={job.view.pending} jobPaused={job.view.phase === 'paused'} onCardClick={onCardClick} onMergeDrop={onMergeDrop} />
        </section>
        <section className="editor-pane" aria-label="Listing editor">
          {sel.focusId === null ? (
            <p className="empty">Pick a product to review its listing. Alt+↓ and Alt+↑ move through the grid.</p>
          ) : (
            <DraftEditor
              key={sel.focusId}
              productId={sel.focusId}
              refreshKey={refreshKey}
              platform={style.platform}
              wordTarget={style.wordTarget}
              commands={editor}
              onChanged={reloadSoon}
              onRegenerate={regenerate}
            />
          )}
        </section>
      </div>
      {exporting && <ExportDialog libraryDir={libraryDir} selectedIds={selectedIds} initialTarget={style.platform === 'generic' ? 'shopify' : style.platform} onClose={() => setExporting(false)} onExported={afterExport} />}
    </>
  );
}
