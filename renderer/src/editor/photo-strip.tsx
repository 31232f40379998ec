import { useState, type DragEvent } from 'react';
import type { Photo } from '../../../shared/domain/product';
import { usePhotoSrc } from '../api/api-context';

const PHOTO_DRAG_TYPE = 'application/x-listing-studio-photo';

/**
 * The product's photos. A photo dragged onto the "separate product" target (or its Split off
 * button) becomes a product of its own: the way to undo a wrong automatic grouping.
 */
export function PhotoStrip({ photos, onSplit }: { photos: Photo[]; onSplit: (photoId: number) => void }) {
  const photoSrc = usePhotoSrc();
  const [over, setOver] = useState(false);
  const canSplit = photos.length > 1;
  const onDrop = (e: DragEvent) => {
    const id = Number(e.dataTransfer.getData(PHOTO_DRAG_TYPE));
    setOver(false);
    if (!id) return;
    e.preventDefault();
    onSplit(id);
  };
  return (
    <div className="photos">
      <ul className="photo-strip" aria-label="Photos">
        {photos.map((photo) => (
          <li key={photo.id}>
            <img
              src={photoSrc(photo.thumbnailUrl)}
              alt={photo.originalName}
              title={`${photo.originalName} · ${photo.width}×${photo.height}`}
              draggable={canSplit}
              onDragStart={(e) => e.dataTransfer.setData(PHOTO_DRAG_TYPE, String(photo.id))}
            />
            {canSplit && (
              <button type="button" className="link" onClick={() => onSplit(photo.id)} aria-label={`Split ${photo.originalName} off into its own product`}>
                Split off
              </button>
            )}
          </li>
        ))}
      </ul>
      {canSplit && (
        <div
          className={`split-target${over ? ' split-target-over' : ''}`}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes(PHOTO_DRAG_TYPE)) return;
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          Drag a photo here to make it a separate product
        </div>
      )}
    </div>
  );
}
