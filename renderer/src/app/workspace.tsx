import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { EngineStatusData } from '../../../shared/domain/engine';
import { DraftEditor } from '../editor/draft-editor';
import type { EditorCommands } from '../editor/editor-commands';
import { ExportDialog } from '../export/export-dialog';
import { GenerateBar } from '../generate/generate-bar';
import { useGenerateJob } from '../generate/use-generate-job';
import { useGenerateAll } from '../generate/use-generate-all';
import { ConfirmGenerateAll } from '../generate/confirm-generate-all';
import { ConfirmDelete } from '../library/confirm-delete';
import { ConfirmEmptyTrash } from '../library/confirm-empty-trash';
import { ConfirmMakeVariants } from '../library/confirm-make-variants';
import { ConfirmMerge } from '../library/confirm-merge';
import { DropZone } from '../library/drop-zone';
import { LibraryNotice, type Notice } from '../library/library-notice';
import { useCardSize } from '../library/card-size';
import { LibraryToolbar } from '../library/library-toolbar';
import { ProductGrid } from '../library/product-grid';
import { clickSelection, EMPTY_SELECTION, pruneSelection, stepAfterApproval, stepSelection, type Selection } from '../library/selection';
import type { ProductFilter, ProductPage } from '../library/product-page';
import { TrashToolbar } from '../library/trash-toolbar';
import { useMakeVariants } from '../library/use-make-variants';
import { useMerge } from '../library/use-merge';
import { useProducts } from '../library/use-products';
import { useTrash } from '../library/use-trash';
import type { ListingStyle } from '../setup/listing-style';
import { AppHeader } from './app-header';
import type { ShortcutAction } from './shortcut-keys';
import { useDebounced } from '../common/use-debounced';
import { productName } from '../common/product-name';
import { useShortcuts } from './use-shortcuts';

interface WorkspaceProps {
  /** The first page of products the app fetched while deciding what to show. */
  initialPage: ProductPage | null;
  style: ListingStyle;
  engine: EngineStatusData | null;
  libraryDir: string;
  onOpenSettings: () => void;
}

/** Products in the Trash are not merged; dropping one card on another there does nothing. */
const ignoreDrop = () => {};

/** The review workspace: library (import, filter, grid, generate) beside the editor. */
export function Workspace({ initialPage, style, engine, libraryDir, onOpenSettings }: WorkspaceProps) {
  const [filter, setFilter] = useState<ProductFilter>({ status: 'all', search: '' });
  const { items, total, libraryTotal, error, reload } = useProducts(useDebounced(filter, 150), initialPage);
  const [sel, setSel] = useState<Selection>(EMPTY_SELECTION);
  const [cardSize, setCardSize] = useCardSize();
  const [refreshKey, setRefreshKey] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<'delete' | 'empty-trash' | null>(null);
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

  const generateAll = useGenerateAll(job.start, (text) => setNotice({ text }));

  const onCardClick = useCallback((id: number, e: MouseEvent) => setSel((s) => clickSelection(s, id, { range: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, order)), [order]);
  const onKeyMove = useCallback((id: number, extend: boolean) => setSel((s) => clickSelection(s, id, { range: extend, toggle: false }, order)), [order]);

  const afterMerge = useCallback(
    (mergedId: number | null) => {
      if (mergedId !== null) setSel({ ids: new Set([mergedId]), focusId: mergedId, anchorId: mergedId });
      reload();
      setRefreshKey((k) => k + 1);
    },
    [reload],
  );
  const mergeFlow = useMerge({ onNotice: setNotice, onChanged: afterMerge });
  const merge = mergeFlow.request;
  const trash = useTrash({ onNotice: setNotice, onChanged: reload });
  const onMergeDrop = useCallback(
    (targetId: number, sourceId: number) => void merge(targetId, sel.ids.has(sourceId) ? [...sel.ids].filter((id) => id !== targetId) : [sourceId]),
    [merge, sel.ids],
  );
  const mergeSelected = () => {
    const ids = order.filter((id) => sel.ids.has(id));
    const target = sel.focusId !== null && sel.ids.has(sel.focusId) ? sel.focusId : ids[0];
    if (target !== undefined) void merge(target, ids.filter((id) => id !== target));
  };

  const nameOf = useCallback(
    (id: number) => {
      const p = items.find((x) => x.id === id);
      return p ? productName(p) : `Untitled product ${id}`;
    },
    [items],
  );
  const variantsFlow = useMakeVariants({ onNotice: setNotice, onChanged: afterMerge, nameOf });
  // The first product selected (in the order they were picked) becomes the group.
  const makeVariants = () => void variantsFlow.request([...sel.ids].filter((id) => order.includes(id)));

  const deleteSelected = async () => {
    setConfirming(null);
    const ids = order.filter((id) => sel.ids.has(id));
    if (ids.length > 0 && (await trash.moveToTrash(ids))) setSel(EMPTY_SELECTION);
  };
  const showTrash = (on: boolean) => {
    setSel(EMPTY_SELECTION);
    setConfirming(null);
    setFilter({ status: 'all', search: '', trash: on });
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
      case 'undo': {
        if (inEditor) return editor.current?.undo() ?? false;
        // In the library, Ctrl+Z takes back what the notice just reported (a merge, variants made);
        // in the search box it stays the box's own undo.
        const typing = document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement;
        if (typing || !notice?.action?.undo) return false;
        const { run } = notice.action;
        setNotice({ text: notice.text }); // once: a second Ctrl+Z must not undo it again
        run();
        return true;
      }
      case 'redo':
        return inEditor && (editor.current?.redo() ?? false);
    }
  });

  const selectedIds = order.filter((id) => sel.ids.has(id));
  return (
    <>
      <AppHeader total={filter.trash ? total : libraryTotal} inTrash={filter.trash} engine={engine} onOpenSettings={onOpenSettings} onExport={() => setExporting(true)} />
      <main className="workspace" aria-label="Products and listing editor">
        <section className="library" aria-label="Library">
          {!filter.trash && <DropZone onImported={reload} compact={libraryTotal > 0} />}
          {!filter.trash && (
            <GenerateBar
              view={job.view}
              selectedCount={selectedIds.length}
              totalCount={total}
              onGenerateSelected={() => void job.start(selectedIds)}
              onGenerateAll={() => void generateAll.ask()}
              onPause={() => void job.pause()}
              onResume={() => void job.resume()}
              onCancel={() => void job.cancel()}
              onDismiss={job.dismiss}
              onOpenSettings={onOpenSettings}
            />
          )}
          {!filter.trash && generateAll.plan && <ConfirmGenerateAll plan={generateAll.plan} onStart={generateAll.confirm} onCancel={generateAll.dismiss} />}
          {filter.trash ? (
            <TrashToolbar
              shown={items.length}
              selectedCount={selectedIds.length}
              onRestoreSelected={() => void trash.restore(selectedIds).then(() => setSel(EMPTY_SELECTION))}
              onEmptyTrash={() => setConfirming('empty-trash')}
              onBack={() => showTrash(false)}
            />
          ) : (
            <LibraryToolbar
              cardSize={cardSize}
              onCardSize={setCardSize}
              filter={filter}
              onFilter={setFilter}
              shown={items.length}
              selectedCount={selectedIds.length}
              onSelectAll={() => setSel({ ids: new Set(order), focusId: sel.focusId, anchorId: sel.anchorId })}
              onClearSelection={() => setSel(EMPTY_SELECTION)}
              onMergeSelected={mergeSelected}
              onMakeVariants={makeVariants}
              onDeleteSelected={() => setConfirming('delete')}
              onShowTrash={() => showTrash(true)}
            />
          )}
          {confirming === 'delete' && selectedIds.length > 0 && <ConfirmDelete count={selectedIds.length} onDelete={() => void deleteSelected()} onKeep={() => setConfirming(null)} />}
          {confirming === 'empty-trash' && filter.trash && (
            <ConfirmEmptyTrash
              count={items.length}
              onEmpty={() => {
                setConfirming(null);
                void trash.empty();
              }}
              onKeep={() => setConfirming(null)}
            />
          )}
          {variantsFlow.pending && <ConfirmMakeVariants plan={variantsFlow.pending.plan} nameOf={nameOf} onMake={() => void variantsFlow.confirm()} onCancel={variantsFlow.cancel} />}
          {mergeFlow.pending && <ConfirmMerge plan={mergeFlow.pending.plan} onMerge={() => void mergeFlow.confirm()} onCancel={mergeFlow.cancel} />}
          <LibraryNotice notice={notice} error={error} onOpenSettings={onOpenSettings} />
          <ProductGrid items={items} selectedIds={sel.ids} focusId={sel.focusId} generatingIds={job.view.pending} runningIds={job.view.running} jobPaused={job.view.phase === 'paused'} onCardClick={onCardClick} onKeyMove={onKeyMove} cardSize={cardSize} onMergeDrop={filter.trash ? ignoreDrop : onMergeDrop} {...(filter.trash ? { emptyText: 'The Trash is empty.' } : {})} />
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
              onStep={(step) => setSel((s) => stepSelection(s, step, order))}
              onOpenSettings={onOpenSettings}
            />
          )}
        </section>
      </main>
      {exporting && <ExportDialog libraryDir={libraryDir} selectedIds={selectedIds} initialTarget={style.platform === 'generic' ? 'shopify' : style.platform} onClose={() => setExporting(false)} onExported={afterExport} />}
    </>
  );
}
